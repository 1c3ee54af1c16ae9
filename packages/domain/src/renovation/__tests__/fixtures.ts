import { expect } from "vitest";
import type { Refusal } from "../../errors/index.ts";
import { parseMoney, parseQuantity } from "../../money/index.ts";
import type { Actor, TransitionRequest } from "../../workflow/index.ts";
import {
  advanceRenovation,
  computeRenovationFees,
  openRenovation,
  type Renovation,
  type RenovationAction,
  type RenovationActionData,
  type RenovationApplication,
  type RenovationFeeStandard,
  type RenovationSignature,
  type RenovationStatus,
} from "../index.ts";

/** An instant written in Beijing time, the estate's zone. */
export const bj = (local: string): Date => new Date(`${local}+08:00`);

export const sign = (name: string, local = "2026-11-20T10:00:00"): RenovationSignature => ({
  name,
  signedAt: bj(local),
});

export const actors = {
  customerService: { id: "cs-1", role: "customer_service" },
  engineering: { id: "eng-1", role: "engineering" },
  security: { id: "sec-1", role: "security" },
  cashier: { id: "cash-1", role: "cashier" },
  finance: { id: "fin-1", role: "finance" },
  manager: { id: "pm-1", role: "manager" },
  owner: { id: "owner-1", role: "owner" },
  tenant: { id: "tenant-1", role: "tenant" },
} satisfies Record<string, Actor>;

/** A complete application for an ordinary home, valid on every date the tests use. */
export const completeApplication: RenovationApplication = {
  unitId: "unit-3-1201",
  premises: "residential",
  applicant: { kind: "owner", name: "王芳" },
  applicationSignature: sign("王芳"),
  commitmentSignature: sign("王芳"),
  drawings: (["floorPlan", "ceiling", "pipelinesAndPower", "lowVoltage", "sections"] as const).map(
    (kind) => ({
      kind,
      contractorStamped: true,
    }),
  ),
  contractor: {
    name: "安居装饰工程有限公司",
    businessLicence: { number: "91310000MA1FL0001X", validUntil: "2027-12-31" },
    qualificationCertificate: { number: "D231000001", validUntil: "2027-12-31" },
    siteManager: {
      name: "李强",
      identityDocument: { number: "110101199001011234", validUntil: "2030-06-30" },
    },
  },
  affects: [],
  authorityApprovals: [],
  work: [{ kind: "general", description: "kitchen and bathroom tiling" }],
};

export const feeStandard: RenovationFeeStandard = {
  deposit: { basis: "fixed", amount: parseMoney("2000") },
  managementFee: { basis: "perSquareMetre", price: parseQuantity("3.5") },
  debrisRemovalFee: { basis: "fixed", amount: parseMoney("300") },
  passFeePerWorker: parseMoney("10"),
  passDepositPerWorker: parseMoney("20"),
};

export const fees = computeRenovationFees({ buildingArea: parseQuantity("89.37"), workers: 3 }, feeStandard);

const heads = { customerServiceHead: sign("客服部 张敏"), engineeringHead: sign("工程部 陈伟") };

type Requests = { [A in RenovationAction]: TransitionRequest<A, RenovationActionData[A]> };

/** A request for each action that passes its guard from the state `renovationIn` builds. */
export const validRequests: Requests = {
  startReview: {
    action: "startReview",
    actor: actors.customerService,
    at: bj("2026-11-23T10:00:00"),
    data: undefined,
  },
  approve: { action: "approve", actor: actors.engineering, at: bj("2026-11-24T09:00:00"), data: heads },
  reject: {
    action: "reject",
    actor: actors.engineering,
    at: bj("2026-11-24T09:00:00"),
    data: { ...heads, reason: "the plan moves a kitchen wall" },
  },
  confirmDecision: {
    action: "confirmDecision",
    actor: actors.owner,
    at: bj("2026-11-24T15:00:00"),
    data: { ownerSignature: sign("王芳", "2026-11-24T15:00:00") },
  },
  payFees: {
    action: "payFees",
    actor: actors.cashier,
    at: bj("2026-11-25T10:00:00"),
    data: { fees, paid: fees.total, agreementSignature: sign("王芳", "2026-11-25T10:00:00") },
  },
  issuePermit: {
    action: "issuePermit",
    actor: actors.customerService,
    at: bj("2026-11-25T11:00:00"),
    data: {
      permitNumber: "ZX-2026-118",
      servicePhone: "021-5555 0101",
      workerPasses: [
        { passNumber: "P-1", workerName: "赵一" },
        { passNumber: "P-2", workerName: "钱二" },
        { passNumber: "P-3", workerName: "孙三" },
      ],
      departmentsNotified: ["customer_service", "engineering", "security"],
    },
  },
  startWork: {
    action: "startWork",
    actor: actors.engineering,
    at: bj("2026-11-26T09:00:00"),
    data: {
      entryInspection: {
        inspectedOn: "2026-11-26",
        contractorSignature: sign("李强", "2026-11-26T09:00:00"),
        staffSignature: sign("工程部 陈伟", "2026-11-26T09:00:00"),
        existingDamage: [{ location: "corridor", description: "scratch on the fire door" }],
      },
    },
  },
  applyForCompletion: {
    action: "applyForCompletion",
    actor: actors.owner,
    at: bj("2027-01-10T10:00:00"),
    data: { agreedInspectionDate: "2027-01-15" },
  },
  accept: {
    action: "accept",
    actor: actors.engineering,
    at: bj("2027-01-15T10:00:00"),
    data: {
      inspection: {
        inspectedOn: "2027-01-15",
        inspectors: [
          { department: "engineering", name: "陈伟" },
          { department: "security", name: "周杰" },
        ],
        failures: [],
      },
    },
  },
  requireRectification: {
    action: "requireRectification",
    actor: actors.engineering,
    at: bj("2027-01-15T10:00:00"),
    data: {
      inspection: {
        inspectedOn: "2027-01-15",
        inspectors: [
          { department: "engineering", name: "陈伟" },
          { department: "security", name: "周杰" },
        ],
        failures: [
          { item: "bathroom floor drain", rectificationRequired: "re-lay the slope towards the drain" },
        ],
      },
    },
  },
  reapplyForInspection: {
    action: "reapplyForInspection",
    actor: actors.owner,
    at: bj("2027-01-20T10:00:00"),
    data: { agreedInspectionDate: "2027-01-22" },
  },
  settleDeposit: {
    action: "settleDeposit",
    actor: actors.finance,
    at: bj("2027-04-15T10:00:00"),
    data: {
      signOffs: { owner: sign("王芳"), contractor: sign("李强"), projectCentre: sign("项目中心 刘洋") },
      damages: [],
      violations: [],
    },
  },
};

// The actions that lead to each state, from a freshly opened renovation.
const TO_WORK: readonly RenovationAction[] = [
  "startReview",
  "approve",
  "confirmDecision",
  "payFees",
  "issuePermit",
  "startWork",
];
const PATHS: Record<RenovationStatus, readonly RenovationAction[]> = {
  applied: [],
  underReview: ["startReview"],
  approved: ["startReview", "approve"],
  rejected: ["startReview", "reject"],
  closed: ["startReview", "reject", "confirmDecision"],
  confirmed: TO_WORK.slice(0, 3),
  feesPaid: TO_WORK.slice(0, 4),
  permitIssued: TO_WORK.slice(0, 5),
  inProgress: TO_WORK,
  completionApplied: [...TO_WORK, "applyForCompletion"],
  rectificationRequired: [...TO_WORK, "applyForCompletion", "requireRectification"],
  accepted: [...TO_WORK, "applyForCompletion", "accept"],
  depositSettled: [...TO_WORK, "applyForCompletion", "accept", "settleDeposit"],
};

export function openFixture(application: RenovationApplication = completeApplication): Renovation {
  return openRenovation({ id: "ren-1", application, appliedAt: bj("2026-11-23T09:00:00") });
}

/** A renovation brought to `status` by the valid requests, every step checked. */
export function renovationIn(status: RenovationStatus, application?: RenovationApplication): Renovation {
  let renovation = openFixture(application);
  for (const action of PATHS[status]) {
    const result = advanceRenovation(renovation, validRequests[action]);
    if (!result.ok) throw new Error(`${action}: ${result.refusals.map((r) => r.code).join(", ")}`);
    renovation = result.renovation;
  }
  expect(renovation.status).toBe(status);
  return renovation;
}

/** The codes of a refused result (fails the test when it was accepted). */
export function refusalCodes(result: { ok: true } | { ok: false; refusals: readonly Refusal[] }): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.refusals.map((r) => r.code);
}
