import type { BilingualMessage } from "../errors/index.ts";
import type {
  ConsentedWorkKind,
  RenovationAuthorityConcern,
  RenovationDocumentKind,
  RenovationDrawingKind,
} from "./application.ts";
import type { RenovationFeeItem } from "./fee-standard.ts";
import type { RenovationViolationSeverity } from "./violation-catalogue.ts";

// Names of things as a person reads them in messages; a key not listed falls back to itself, so
// the documentation templates (which pass `{name}` placeholders) still render.
function labelOf<K extends string>(
  labels: Readonly<Record<K, BilingualMessage>>,
  key: string,
): BilingualMessage {
  return (labels as Readonly<Record<string, BilingualMessage>>)[key] ?? { en: key, zh: key };
}

const DRAWING_LABELS: Readonly<Record<RenovationDrawingKind, BilingualMessage>> = {
  floorPlan: { en: "floor plan", zh: "平面图" },
  ceiling: { en: "ceiling plan", zh: "天花图" },
  pipelinesAndPower: { en: "pipelines and power drawing", zh: "管线及强电图" },
  lowVoltage: { en: "low-voltage drawing", zh: "弱电图" },
  sections: { en: "section drawings", zh: "剖面图" },
};

const DOCUMENT_LABELS: Readonly<Record<RenovationDocumentKind, BilingualMessage>> = {
  powerOfAttorney: { en: "owner's power of attorney", zh: "业主授权委托书" },
  businessLicence: { en: "contractor's business licence", zh: "施工单位营业执照" },
  qualificationCertificate: { en: "contractor's qualification certificate", zh: "施工单位资质证书" },
  siteManagerIdentity: { en: "site manager's identity document", zh: "施工负责人身份证件" },
  designerQualification: { en: "designer's qualification", zh: "设计单位资质证书" },
};

const CONCERN_LABELS: Readonly<Record<RenovationAuthorityConcern, BilingualMessage>> = {
  fireProtection: { en: "fire protection", zh: "消防设施" },
  buildingStructure: { en: "building structure", zh: "建筑结构" },
  gasLines: { en: "gas lines", zh: "燃气管道" },
};

const CONSENTED_WORK_LABELS: Readonly<Record<ConsentedWorkKind, BilingualMessage>> = {
  flammableMaterials: { en: "flammable materials", zh: "易燃材料" },
  bannedMaterials: { en: "banned materials", zh: "违禁材料" },
  acetyleneCylinders: { en: "acetylene cylinders", zh: "乙炔瓶" },
  weldingEquipment: { en: "welding equipment", zh: "电焊设备" },
};

const PARTY_LABELS: Readonly<Record<string, BilingualMessage>> = {
  customerServiceHead: { en: "head of customer service", zh: "客服部负责人" },
  engineeringHead: { en: "head of engineering", zh: "工程部负责人" },
  owner: { en: "owner", zh: "业主" },
  contractor: { en: "contractor", zh: "施工单位" },
  siteManager: { en: "contractor's site manager", zh: "施工负责人" },
  staff: { en: "management office staff", zh: "管理处人员" },
  projectCentre: { en: "project centre", zh: "项目管理中心" },
  customer_service: { en: "customer service", zh: "客服部" },
  engineering: { en: "engineering", zh: "工程部" },
  security: { en: "security", zh: "保安部" },
};

export const drawingLabel = (key: string): BilingualMessage => labelOf(DRAWING_LABELS, key);
export const documentLabel = (key: string): BilingualMessage => labelOf(DOCUMENT_LABELS, key);
export const concernLabel = (key: string): BilingualMessage => labelOf(CONCERN_LABELS, key);
export const consentedWorkLabel = (key: string): BilingualMessage => labelOf(CONSENTED_WORK_LABELS, key);
/** Signatories and departments. */
export const partyLabel = (key: string): BilingualMessage => labelOf(PARTY_LABELS, key);

/** The fees of R-REN-5 as they head a line the cashier reads out. */
const FEE_ITEM_LABELS: Readonly<Record<RenovationFeeItem, BilingualMessage>> = {
  deposit: { en: "Renovation deposit", zh: "装修押金" },
  managementFee: { en: "Renovation management fee", zh: "装修管理费" },
  debrisRemovalFee: { en: "Debris removal fee", zh: "装修垃圾清运费" },
  passFee: { en: "Worker pass fee", zh: "出入证工本费" },
  passDeposit: { en: "Worker pass deposit", zh: "出入证押金" },
};

const SEVERITY_LABELS: Readonly<Record<RenovationViolationSeverity, BilingualMessage>> = {
  minor: { en: "minor", zh: "一般违章" },
  serious: { en: "serious", zh: "严重违章" },
};

export const feeItemLabel = (item: RenovationFeeItem): BilingualMessage => FEE_ITEM_LABELS[item];
export const severityLabel = (severity: RenovationViolationSeverity): BilingualMessage =>
  SEVERITY_LABELS[severity];
