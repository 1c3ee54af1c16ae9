import type { IsoDate } from "../calendar/index.ts";

/** A signature on a paper form: who signed and when (the form itself stays in the archive). */
export interface RenovationSignature {
  readonly name: string;
  readonly signedAt: Date;
}

/** A document with a number and, unless it is open-ended (长期有效), the last date it is valid. */
export interface RenovationDocument {
  readonly number: string;
  /** Last business date on which the document is valid; absent for open-ended documents. */
  readonly validUntil?: IsoDate;
}

/** The drawings R-REN-1 requires, each stamped by the contractor 施工单位盖章. */
export type RenovationDrawingKind = "floorPlan" | "ceiling" | "pipelinesAndPower" | "lowVoltage" | "sections";

export const REQUIRED_RENOVATION_DRAWINGS: readonly RenovationDrawingKind[] = [
  "floorPlan",
  "ceiling",
  "pipelinesAndPower",
  "lowVoltage",
  "sections",
];

export interface RenovationDrawing {
  readonly kind: RenovationDrawingKind;
  readonly contractorStamped: boolean;
}

/** Documents whose presence and validity R-REN-1 checks. */
export type RenovationDocumentKind =
  | "powerOfAttorney"
  | "businessLicence"
  | "qualificationCertificate"
  | "siteManagerIdentity"
  | "designerQualification";

/**
 * What the premises are: an ordinary home, or commercial 商业 or key 重点部位 premises, which also
 * need the designer's qualification (R-REN-1).
 */
export type RenovationPremisesKind = "residential" | "commercial" | "key";

/** Who applies: the owner, or an agent 代理人 holding the owner's power of attorney 授权委托书. */
export type RenovationApplicant =
  | { readonly kind: "owner"; readonly name: string }
  | { readonly kind: "agent"; readonly name: string; readonly powerOfAttorney?: RenovationDocument };

/** The renovation contractor 施工单位 and its papers. */
export interface RenovationContractor {
  readonly name: string;
  readonly businessLicence?: RenovationDocument;
  readonly qualificationCertificate?: RenovationDocument;
  readonly siteManager: { readonly name: string; readonly identityDocument?: RenovationDocument };
}

/** Work that needs the competent authority's approval first (R-REN-2). */
export type RenovationAuthorityConcern = "fireProtection" | "buildingStructure" | "gasLines";

/** An approval by the competent authority 主管部门审批 (fire brigade, housing bureau, gas company). */
export interface RenovationAuthorityApproval {
  readonly concern: RenovationAuthorityConcern;
  readonly authority: string;
  readonly reference: string;
  readonly approvedOn: IsoDate;
}

/** Written consent or permit issued by the management office for one risky item (R-REN-4). */
export interface RenovationConsent {
  readonly reference: string;
  readonly grantedBy: string;
}

/** Materials and equipment that may come on site only with written consent (R-REN-4). */
export type ConsentedWorkKind =
  | "flammableMaterials"
  | "bannedMaterials"
  | "acetyleneCylinders"
  | "weldingEquipment";

/** One item of the planned work, as far as R-REN-4 cares. */
export type RenovationWorkItem =
  | { readonly kind: "facadeAlteration"; readonly description?: string }
  | { readonly kind: "windowSecurityBars"; readonly description?: string }
  | { readonly kind: ConsentedWorkKind; readonly writtenConsent?: RenovationConsent }
  | { readonly kind: "hotWork"; readonly hotWorkPermit?: RenovationConsent }
  | { readonly kind: "general"; readonly description: string };

/** A renovation application 装修申请 as customer service compiles it (R-REN-1, R-REN-2, R-REN-4). */
export interface RenovationApplication {
  readonly unitId: string;
  readonly premises: RenovationPremisesKind;
  readonly applicant: RenovationApplicant;
  /** The owner's signature on the application 装修申请表. */
  readonly applicationSignature?: RenovationSignature;
  /** The owner's signature on the renovation commitment 装修承诺书. */
  readonly commitmentSignature?: RenovationSignature;
  readonly drawings: readonly RenovationDrawing[];
  readonly contractor: RenovationContractor;
  /** Required for commercial and key premises. */
  readonly designerQualification?: RenovationDocument;
  /** Which authority approvals apply: the application records them (R-REN-2). */
  readonly affects: readonly RenovationAuthorityConcern[];
  readonly authorityApprovals: readonly RenovationAuthorityApproval[];
  readonly work: readonly RenovationWorkItem[];
}
