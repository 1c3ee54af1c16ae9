import type {
  RenovationApplication,
  RenovationAuthorityApproval,
  RenovationDocument,
  RenovationDrawing,
  RenovationWorkItem,
} from "@wuye/domain";
import type { WuyeTx } from "../../db/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { GlobalId } from "../support.ts";

/**
 * The renovation file 装修申请资料 as the API receives it (R-REN-1/2/4), turned into the domain's
 * application, and the rows that mirror it (documents, authority approvals, the columns lists
 * filter on). An amendment replaces the parts it names and keeps the rest.
 */

/** A document as the API receives it: its number, last valid day, and where the scan is filed. */
export interface RenovationDocumentInput {
  readonly number: string;
  readonly validUntil?: Date | null;
  readonly fileRef?: string | null;
}

/** The file's parts as the API receives them (GraphQL's nulls are dropped before the domain). */
export interface RenovationFileInput {
  readonly premises?: RenovationApplication["premises"] | null;
  readonly applicant?: {
    readonly kind: "owner" | "agent";
    readonly name: string;
    readonly powerOfAttorney?: RenovationDocumentInput | null;
  } | null;
  readonly applicationSignature?: { readonly name: string; readonly signedAt?: Date | null } | null;
  readonly commitmentSignature?: { readonly name: string; readonly signedAt?: Date | null } | null;
  readonly drawings?: readonly (RenovationDrawing & { readonly fileRef?: string | null })[] | null;
  readonly contractor?: {
    readonly name: string;
    readonly businessLicence?: RenovationDocumentInput | null;
    readonly qualificationCertificate?: RenovationDocumentInput | null;
    readonly siteManager: {
      readonly name: string;
      readonly phone?: string | null;
      readonly identityDocument?: RenovationDocumentInput | null;
    };
  } | null;
  readonly designerQualification?: RenovationDocumentInput | null;
  readonly affects?: RenovationApplication["affects"] | null;
  readonly authorityApprovals?:
    | readonly {
        readonly concern: RenovationAuthorityApproval["concern"];
        readonly authority: string;
        readonly reference: string;
        readonly approvedOn: Date;
      }[]
    | null;
  readonly work?:
    | readonly {
        readonly kind: RenovationWorkItem["kind"];
        readonly description?: string | null;
        readonly consent?: { readonly reference: string; readonly grantedBy: string } | null;
      }[]
    | null;
  readonly scope?: string | null;
  readonly plannedStart?: Date | null;
  readonly plannedEnd?: Date | null;
}

export interface RenovationApplyInput extends RenovationFileInput {
  readonly unitId: GlobalId;
  readonly applicant: NonNullable<RenovationFileInput["applicant"]>;
  readonly contractor: NonNullable<RenovationFileInput["contractor"]>;
  readonly scope: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function documentOf(input: RenovationDocumentInput | null | undefined): RenovationDocument | undefined {
  if (!input) return undefined;
  return { number: input.number, ...(input.validUntil ? { validUntil: isoDate(input.validUntil) } : {}) };
}

function signatureOf(input: RenovationFileInput["applicationSignature"], now: Date) {
  return input ? { name: input.name, signedAt: input.signedAt ?? now } : undefined;
}

function workItemOf(item: NonNullable<RenovationFileInput["work"]>[number]): RenovationWorkItem {
  const consent = item.consent
    ? { reference: item.consent.reference, grantedBy: item.consent.grantedBy }
    : undefined;
  switch (item.kind) {
    case "general":
      return { kind: "general", description: item.description ?? "" };
    case "facadeAlteration":
    case "windowSecurityBars":
      return { kind: item.kind, ...(item.description ? { description: item.description } : {}) };
    case "hotWork":
      return { kind: "hotWork", ...(consent ? { hotWorkPermit: consent } : {}) };
    default:
      return { kind: item.kind, ...(consent ? { writtenConsent: consent } : {}) };
  }
}

/** The domain's application: `input`'s parts over `base` (an amendment replaces what it names). */
export function applicationOf(
  unitId: string,
  input: RenovationFileInput,
  base: RenovationApplication | undefined,
  now: Date,
): RenovationApplication {
  const contractor = input.contractor;
  const applicant = input.applicant;
  const pick = <T>(value: T | null | undefined, fallback: T): T => value ?? fallback;
  const applicationSignature = input.applicationSignature
    ? signatureOf(input.applicationSignature, now)
    : base?.applicationSignature;
  const commitmentSignature = input.commitmentSignature
    ? signatureOf(input.commitmentSignature, now)
    : base?.commitmentSignature;
  const designerQualification = input.designerQualification
    ? documentOf(input.designerQualification)
    : base?.designerQualification;
  const powerOfAttorney = documentOf(applicant?.powerOfAttorney);
  return {
    unitId,
    premises: pick(input.premises, base?.premises ?? "residential"),
    applicant: applicant
      ? applicant.kind === "agent"
        ? { kind: "agent", name: applicant.name, ...(powerOfAttorney ? { powerOfAttorney } : {}) }
        : { kind: "owner", name: applicant.name }
      : (base?.applicant ?? { kind: "owner", name: "" }),
    ...(applicationSignature ? { applicationSignature } : {}),
    ...(commitmentSignature ? { commitmentSignature } : {}),
    drawings: input.drawings
      ? input.drawings.map((d) => ({ kind: d.kind, contractorStamped: d.contractorStamped }))
      : (base?.drawings ?? []),
    contractor: contractor
      ? {
          name: contractor.name,
          ...optional("businessLicence", documentOf(contractor.businessLicence)),
          ...optional("qualificationCertificate", documentOf(contractor.qualificationCertificate)),
          siteManager: {
            name: contractor.siteManager.name,
            ...optional("identityDocument", documentOf(contractor.siteManager.identityDocument)),
          },
        }
      : (base?.contractor ?? { name: "", siteManager: { name: "" } }),
    ...(designerQualification ? { designerQualification } : {}),
    affects: input.affects ? [...new Set(input.affects)] : (base?.affects ?? []),
    authorityApprovals: input.authorityApprovals
      ? input.authorityApprovals.map((a) => ({ ...a, approvedOn: isoDate(a.approvedOn) }))
      : (base?.authorityApprovals ?? []),
    work: input.work ? input.work.map(workItemOf) : (base?.work ?? []),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The file's documents as rows (R-REN-1): each with its number as the file reference by default. */
function documentRows(applicationId: string, input: RenovationFileInput, now: Date) {
  const rows: Prisma.RenovationDocumentCreateManyInput[] = [];
  const add = (
    kind: Prisma.RenovationDocumentCreateManyInput["kind"],
    doc?: RenovationDocumentInput | null,
  ) => {
    if (!doc) return;
    rows.push({
      applicationId,
      kind,
      fileRef: doc.fileRef ?? doc.number,
      validUntil: doc.validUntil ?? null,
      verifiedAt: now,
    });
  };
  add("powerOfAttorney", input.applicant?.powerOfAttorney);
  add("businessLicence", input.contractor?.businessLicence);
  add("qualificationCertificate", input.contractor?.qualificationCertificate);
  add("siteManagerIdentity", input.contractor?.siteManager.identityDocument);
  add("designerQualification", input.designerQualification);
  for (const drawing of input.drawings ?? []) {
    rows.push({
      applicationId,
      kind: drawing.kind,
      fileRef: drawing.fileRef ?? drawing.kind,
      verifiedAt: drawing.contractorStamped ? now : null,
    });
  }
  return rows;
}

/** Replaces the documents and authority approvals the input names (the rows mirror the file). */
export async function writeFileRows(
  tx: WuyeTx,
  applicationId: string,
  input: RenovationFileInput,
  now: Date,
) {
  const rows = documentRows(applicationId, input, now);
  const kinds = [...new Set(rows.map((r) => r.kind))];
  if (kinds.length > 0) {
    await tx.renovationDocument.deleteMany({ where: { applicationId, kind: { in: kinds } } });
    await tx.renovationDocument.createMany({ data: rows });
  }
  if (input.authorityApprovals) {
    // R-REN-2: the competent authority's approvals, one per concern.
    const concerns = ["fireProtection", "buildingStructure", "gasLines"] as const;
    await tx.renovationApproval.deleteMany({ where: { applicationId, kind: { in: [...concerns] } } });
    await tx.renovationApproval.createMany({
      data: input.authorityApprovals.map((a) => ({
        applicationId,
        kind: a.concern,
        decision: "approved" as const,
        decidedAt: a.approvedOn,
        reference: a.reference,
        note: a.authority,
      })),
      skipDuplicates: true,
    });
  }
}

export function renovationColumns(application: RenovationApplication, input: RenovationFileInput) {
  return {
    ...(input.applicant
      ? { agentName: application.applicant.kind === "agent" ? application.applicant.name : null }
      : {}),
    ...(input.scope ? { scope: input.scope } : {}),
    ...(input.contractor
      ? {
          contractorName: application.contractor.name,
          contractorLicenceNo: application.contractor.businessLicence?.number ?? null,
          siteManagerName: application.contractor.siteManager.name,
          siteManagerPhone: input.contractor.siteManager.phone ?? null,
        }
      : {}),
    ...(input.premises ? { commercialPremises: application.premises !== "residential" } : {}),
    ...(input.affects
      ? {
          touchesFireProtection: application.affects.includes("fireProtection"),
          touchesStructure: application.affects.includes("buildingStructure"),
          touchesGasLines: application.affects.includes("gasLines"),
        }
      : {}),
    ...(input.plannedStart !== undefined ? { plannedStart: input.plannedStart } : {}),
    ...(input.plannedEnd !== undefined ? { plannedEnd: input.plannedEnd } : {}),
  };
}
