import { expect } from "vitest";
import type { TestApi } from "./support/api.ts";
import { globalId, tokensFor, type World } from "./support/world.ts";

/**
 * Helpers for the renovation tests: a movable clock, the estate's fee standard, one document per
 * mutation selecting the whole renovation, and a driver that walks a renovation to a state
 * through the API, so each test reads as the business steps it takes.
 */

/** Monday 2 March 2026, 09:00 in Shanghai; tests move it forward. */
export const START = new Date("2026-03-02T01:00:00.000Z");
export const clock = { now: START };

/**
 * Moves the clock (the server's rules and tokens read it) and logs everyone in again: access
 * tokens last 15 minutes of the server's time.
 */
export async function travel(api: TestApi, world: World, iso: string | Date): Promise<Tokens> {
  clock.now = new Date(iso);
  return tokensFor(api, world);
}

export type Json = Record<string, unknown>;
export type Result = Json & {
  __typename: string;
  renovation?: Json & { id: string };
  violation?: Json & { id: string };
};
export type Tokens = Awaited<ReturnType<typeof tokensFor>>;

/** The estate's published renovation fee standard (R-REN-5), as `Estate.policy.renovation` holds it. */
export const FEE_STANDARD = {
  deposit: { basis: "fixed", amount: "3000.00", cap: "2000.00" },
  managementFee: { basis: "perSquareMetre", price: "3.50" },
  debrisRemovalFee: { basis: "fixed", amount: "300.00" },
  passFeePerWorker: "10.00",
  passDepositPerWorker: "50.00",
};

export async function publishFeeStandard(api: TestApi, world: World): Promise<void> {
  await api.db.prisma.estate.update({
    where: { id: world.estateId },
    data: { policy: { renovation: { feeStandard: FEE_STANDARD } } },
  });
}

export const RENOVATION_FIELDS = `fragment RenovationFields on Renovation {
  id number status version premises scope agentName contractorName siteManagerName siteManagerPhone affects
  submittedAt decidedAt permitNumber acceptedOn depositRefundableFrom
  unit { number } applicant { name }
  reviewFindings { code rule path }
  reviewDeadline { due overdue provisional calendar skipped { date reason name nameZh } }
  decision { outcome onTime reason findings { code } customerServiceHead { name } engineeringHead { name } }
  ownerConfirmation { name }
  fees { total refundable deposit workers lines { item amount refundable explanation { en zh } purpose { zh } uncapped } }
  agreementSignature { name }
  permit { permitNumber servicePhone departmentsNotified workerPasses { passNumber workerName } }
  entryInspection { inspectedOn existingDamage contractorSignature { name } }
  completion { agreedInspectionDate inspections { inspectedOn failures { item rectificationRequired } } }
  depositSettlement { settledOn deposit deductions refund receivable explanation { en zh }
    penalties { amount explanation { zh } } damages { description amount } ownerSignature { name } }
  missedInspections { date department }
  documents { kind fileRef validUntil }
  approvals { kind decision reference note }
  inspections(first: 50) { totalCount edges { node { kind department passed findings inspectorName } } }
  violations(first: 50) { totalCount edges { node { id status } } }
  penalties { amount reason }
  deposit { amount settlement { refundAmount shortfall penaltiesTotal damagesTotal refundMethod refundPayeeName } }
  history { edges { node { action fromState toState actorRole } } }
}`;

export const VIOLATION_FIELDS = `fragment ViolationFields on RenovationViolation {
  id status severity type notice illegal version rectifyBy rectifiedOn signedOffAt
  label { en zh }
  penaltyTerms { base listed repeat multiplier dailyAmount explanation { en zh } }
  penaltyToDate { base daysUnrectified daily total explanation { zh } }
  authorityReport { status authority reference reportedAt deadline { due overdue } }
  ownerSignature { name } siteManagerSignature { name }
  penalties { amount }
  history { edges { node { action fromState toState actorRole } } }
}`;

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Runs one mutation with `input`; returns its result (payload or typed error). */
export async function mutate(
  api: TestApi,
  field: string,
  token: string | undefined,
  input: Json,
): Promise<Result> {
  const Name = upperFirst(field);
  const violation = field.startsWith("renovationViolation");
  const selection = violation ? "violation { ...ViolationFields }" : "renovation { ...RenovationFields }";
  const extras =
    field === "renovationApply" || field === "renovationAmend"
      ? "reviewFindings { code path }"
      : field === "renovationStartReview"
        ? "decisionDeadline { due provisional skipped { date reason nameZh } }"
        : "";
  const document = `mutation ($input: ${Name}Input!) {
    ${field}(input: $input) {
      __typename
      ... on ${Name}Payload { ${selection} ${extras} }
      ... on Error { code message messageZh path }
      ... on RefusalError { rule refusals { code rule path message messageZh } }
      ... on ValidationError { issues { path message } }
    }
  }
  ${violation ? VIOLATION_FIELDS : RENOVATION_FIELDS}`;
  const result = await api.graphql<Record<string, Result>>(document, { token, variables: { input } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![field]!;
}

/** The codes of a refusal's reasons. */
export function codes(result: Result): string[] {
  return ((result.refusals as { code: string }[] | undefined) ?? []).map((r) => r.code);
}

/** The actions of a record's history, oldest first. */
export function actions(record: Json | undefined): string[] {
  const history = record?.history as { edges: { node: { action: string } }[] } | undefined;
  return (history?.edges ?? []).map((edge) => edge.node.action);
}

export const signature = (name: string) => ({ name });

/** A complete file (R-REN-1): signatures, the five stamped drawings, the contractor's papers. */
export function completeFile(): Json {
  return {
    applicant: { kind: "owner", name: "owner person" },
    applicationSignature: signature("owner person"),
    commitmentSignature: signature("owner person"),
    drawings: ["floorPlan", "ceiling", "pipelinesAndPower", "lowVoltage", "sections"].map((kind) => ({
      kind,
      contractorStamped: true,
    })),
    contractor: {
      name: "安居装饰",
      businessLicence: { number: "91310000MA1FL0001X", validUntil: "2027-12-31" },
      qualificationCertificate: { number: "D231000001", validUntil: "2027-12-31" },
      siteManager: {
        name: "李强",
        phone: "13912345678",
        identityDocument: { number: "110101199001011234", validUntil: "2030-06-30" },
      },
    },
    scope: "厨房卫生间翻新",
    work: [{ kind: "general", description: "贴砖、更换洁具" }],
  };
}

const ORDER = [
  "applied",
  "underReview",
  "approved",
  "confirmed",
  "feesPaid",
  "permitIssued",
  "inProgress",
  "completionApplied",
  "accepted",
] as const;
export type DrivableState = (typeof ORDER)[number];

let permits = 0;
let keys = 0;
export const newKey = () => `test-key-${process.pid}-${++keys}-${Date.now()}`;
const today = () => clock.now.toISOString().slice(0, 10);

/** A renovation of the owner's unit walked through the API to `state`; returns its global id. */
export async function renovationIn(
  api: TestApi,
  world: World,
  tokens: Tokens,
  state: DrivableState,
  file: Json = completeFile(),
): Promise<string> {
  const expectStatus = (result: Result, status: string) =>
    expect(result.renovation?.status, JSON.stringify(result)).toBe(status);
  const applied = await mutate(api, "renovationApply", tokens.owner, {
    unitId: globalId("Unit", world.ownerUnitId),
    ...file,
  });
  expectStatus(applied, "applied");
  const renovationId = applied.renovation!.id;
  const steps: Record<Exclude<DrivableState, "applied">, () => Promise<Result>> = {
    underReview: () => mutate(api, "renovationStartReview", tokens.customer_service, { renovationId }),
    approved: () =>
      mutate(api, "renovationApprove", tokens.engineering, {
        renovationId,
        customerServiceHead: signature("客服主管 陈"),
        engineeringHead: signature("工程主管 周"),
      }),
    confirmed: () =>
      mutate(api, "renovationConfirmDecision", tokens.owner, {
        renovationId,
        ownerSignature: signature("owner person"),
      }),
    feesPaid: async () =>
      mutate(api, "renovationPayFees", tokens.cashier, {
        renovationId,
        workers: 2,
        paid: await quoteTotal(api, tokens, renovationId, 2),
        agreementSignature: signature("owner person"),
        method: "wechatPay",
        idempotencyKey: newKey(),
      }),
    permitIssued: () =>
      mutate(api, "renovationIssuePermit", tokens.customer_service, {
        renovationId,
        permitNumber: `ZX-${process.pid}-${++permits}-${Date.now()}`,
        servicePhone: "021-5555 0101",
        workerPasses: [
          { passNumber: "W-1", workerName: "张工" },
          { passNumber: "W-2", workerName: "刘工" },
        ],
        departmentsNotified: ["customer_service", "engineering", "security"],
      }),
    inProgress: () =>
      mutate(api, "renovationStartWork", tokens.engineering, {
        renovationId,
        entryInspection: {
          inspectedOn: today(),
          contractorSignature: signature("李强"),
          staffSignature: signature("工程 王"),
          existingDamage: [{ location: "入户门", description: "门框划痕" }],
        },
      }),
    completionApplied: () =>
      mutate(api, "renovationApplyForCompletion", tokens.owner, {
        renovationId,
        agreedInspectionDate: today(),
      }),
    accepted: () =>
      mutate(api, "renovationAccept", tokens.engineering, {
        renovationId,
        inspection: {
          inspectedOn: today(),
          inspectors: [
            { department: "engineering", name: "工程 王" },
            { department: "security", name: "保安 赵" },
          ],
        },
      }),
  };
  for (const next of ORDER.slice(1, ORDER.indexOf(state) + 1)) {
    expectStatus(await steps[next as Exclude<DrivableState, "applied">](), next);
  }
  return renovationId;
}

/** The fee quote's total for `workers` (R-REN-5), as the cashier reads it. */
export async function quoteTotal(api: TestApi, tokens: Tokens, renovationId: string, workers: number) {
  const result = await api.graphql<{ node: { feeQuote: { total: string } } }>(
    "query ($id: ID!, $workers: Int!) { node(id: $id) { ... on Renovation { feeQuote(workers: $workers) { total } } } }",
    { token: tokens.cashier, variables: { id: renovationId, workers } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.node.feeQuote.total;
}

/** Reads a renovation through `node(id:)` as `token` (null when not visible). */
export async function readRenovation(api: TestApi, token: string | undefined, id: string) {
  const result = await api.graphql<{ node: (Json & { id: string }) | null }>(
    `query ($id: ID!) { node(id: $id) { ... on Renovation { ...RenovationFields } } } ${RENOVATION_FIELDS}`,
    { token, variables: { id } },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.node;
}

/** The database id inside a global id. */
export const rawId = (id: string) => Buffer.from(id, "base64").toString("utf8").split(":")[1]!;
