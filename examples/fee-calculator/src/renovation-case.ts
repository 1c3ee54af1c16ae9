import {
  type BilingualMessage,
  type IsoDate,
  type Money,
  parseMoney,
  parseQuantity,
  type RenovationApplication,
  type RenovationFeeStandard,
  type WorkerPass,
} from "@wuye/domain";

/** What an inspector found on site, and when it was put right (R-REN-7). */
export interface RenovationViolationFacts {
  readonly id: string;
  /** A key of the estate's penalty catalogue, e.g. `"windowSecurityBars"`. */
  readonly type: string;
  readonly description: string;
  readonly rectificationRequired: string;
  readonly observedAt: Date;
  readonly observedBy: "customer_service" | "engineering" | "security";
  readonly rectifyBy: IsoDate;
  readonly rectifiedOn: IsoDate;
}

/** Damage to common parts assessed against the renovation (R-REN-9). */
export interface RenovationDamageFacts {
  readonly description: BilingualMessage;
  readonly amount: Money;
  readonly assessedBy: string;
}

/**
 * One renovation 装修 from application to deposit settlement, as the office's paper file records
 * it: the people who sign, the dates of each step, the violations and the damage.
 */
export interface RenovationDepositCase {
  readonly renovationId: string;
  readonly application: RenovationApplication;
  /** Building area in m², the basis of per-m² renovation fees. */
  readonly buildingArea: string;
  readonly feeStandard: RenovationFeeStandard;
  readonly workers: readonly WorkerPass[];
  readonly permit: { readonly permitNumber: string; readonly servicePhone: string };
  readonly people: {
    readonly owner: string;
    readonly siteManager: string;
    readonly customerServiceHead: string;
    readonly engineeringHead: string;
    readonly engineer: string;
    readonly securityOfficer: string;
    readonly projectCentre: string;
  };
  readonly timeline: {
    readonly applied: Date;
    readonly reviewStarted: Date;
    readonly approved: Date;
    readonly ownerConfirmed: Date;
    readonly feesPaid: Date;
    readonly permitIssued: Date;
    readonly workStarted: Date;
    readonly completionApplied: Date;
    readonly agreedInspectionDate: IsoDate;
    /** The completion inspection that passed (R-REN-8); the refund wait starts that day. */
    readonly accepted: Date;
  };
  readonly violations: readonly RenovationViolationFacts[];
  readonly damages: readonly RenovationDamageFacts[];
  /** When finance settles the deposit. */
  readonly settleAt: Date;
}

/** An instant written in Beijing time, the estate's time zone. */
const bj = (local: string): Date => new Date(`${local}+08:00`);

/**
 * Unit 3-1201 renovates its kitchen and bathroom after handover. Security finds noisy work at
 * lunchtime (minor) and window bars (serious, removed three days late); engineering assesses a
 * scratched lift car panel at completion.
 */
export const renovation3_1201: RenovationDepositCase = {
  renovationId: "ZX-2026-031",
  application: {
    unitId: "3-1201",
    premises: "residential",
    applicant: { kind: "owner", name: "王芳" },
    applicationSignature: { name: "王芳", signedAt: bj("2026-11-30T09:30:00") },
    commitmentSignature: { name: "王芳", signedAt: bj("2026-11-30T09:30:00") },
    drawings: (["floorPlan", "ceiling", "pipelinesAndPower", "lowVoltage", "sections"] as const).map(
      (kind) => ({ kind, contractorStamped: true }),
    ),
    contractor: {
      name: "安居装饰工程有限公司",
      businessLicence: { number: "91310115MA1K4XXXXX", validUntil: "2029-06-30" },
      qualificationCertificate: { number: "D331045678", validUntil: "2028-12-31" },
      siteManager: {
        name: "李强",
        identityDocument: { number: "310115198805120000", validUntil: "2033-05-11" },
      },
    },
    affects: [],
    authorityApprovals: [],
    work: [{ kind: "general", description: "kitchen and bathroom re-tiling, new cabinets" }],
  },
  buildingArea: "89.37",
  feeStandard: {
    deposit: { basis: "fixed", amount: parseMoney("2000") },
    managementFee: { basis: "perSquareMetre", price: parseQuantity("3.5") },
    debrisRemovalFee: { basis: "fixed", amount: parseMoney("300") },
    passFeePerWorker: parseMoney("10"),
  },
  workers: [
    { passNumber: "P-031-1", workerName: "赵一" },
    { passNumber: "P-031-2", workerName: "钱二" },
    { passNumber: "P-031-3", workerName: "孙三" },
  ],
  permit: { permitNumber: "ZX-2026-031", servicePhone: "021-5555 0101" },
  people: {
    owner: "王芳",
    siteManager: "李强",
    customerServiceHead: "客服部 张敏",
    engineeringHead: "工程部 陈伟",
    engineer: "工程部 何俊",
    securityOfficer: "保安部 周杰",
    projectCentre: "项目中心 刘洋",
  },
  timeline: {
    applied: bj("2026-11-30T09:30:00"),
    reviewStarted: bj("2026-11-30T10:00:00"),
    approved: bj("2026-12-01T09:00:00"),
    ownerConfirmed: bj("2026-12-01T16:00:00"),
    feesPaid: bj("2026-12-02T10:00:00"),
    permitIssued: bj("2026-12-02T11:00:00"),
    workStarted: bj("2026-12-03T09:00:00"),
    completionApplied: bj("2027-01-18T10:00:00"),
    agreedInspectionDate: "2027-01-22",
    accepted: bj("2027-01-22T10:00:00"),
  },
  violations: [
    {
      id: "WZ-031-1",
      type: "outOfHoursNoise",
      description: "drilling during the 12:00–14:00 rest period",
      rectificationRequired: "no noisy work between 12:00 and 14:00",
      observedAt: bj("2026-12-08T12:40:00"),
      observedBy: "security",
      rectifyBy: "2026-12-08",
      rectifiedOn: "2026-12-08",
    },
    {
      id: "WZ-031-2",
      type: "windowSecurityBars",
      description: "security bars fixed to the bedroom window",
      rectificationRequired: "remove the bars and restore the window frame",
      observedAt: bj("2026-12-15T10:00:00"),
      observedBy: "engineering",
      rectifyBy: "2026-12-18",
      rectifiedOn: "2026-12-21",
    },
  ],
  damages: [
    {
      description: { zh: "电梯轿厢壁板划伤", en: "lift car wall panel scratched" },
      amount: parseMoney("280"),
      assessedBy: "工程部 何俊",
    },
  ],
  settleAt: bj("2027-04-26T10:00:00"),
};
