import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUnit, call, ERROR_FIELDS, publishFees, rawId, runBilling } from "./fees-fixtures.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/** A fixed clock: Monday 20 April 2026, 09:00 in Shanghai. Bills of January to April are issued. */
const NOW = new Date("2026-04-20T01:00:00.000Z");

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
/** A unit in arrears since February, for the collection ladder. */
let ladderUnitId: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  await publishFees(api.db.prisma, world.estateId);
  ladderUnitId = await addUnit(api.db.prisma, world, { area: "100.00", handoverDate: "2025-01-01" });
  tokens = await tokensFor(api, world);
  for (const period of ["2026-01", "2026-02", "2026-03", "2026-04"]) {
    const run = await runBilling(api, tokens.cashier, world.estateId, period);
    expect(run.billCount).toBe(3);
  }
});
afterAll(async () => {
  await api?.close();
});

const PAYMENT_FIELDS = `payment { id amount method reference payerName reason createdByName
    allocations { amount billLine { period } } creditEntries { direction amount } }
  order allocated creditDeposited bills { period status paid outstanding }`;
const BILL_PAY = `mutation ($input: BillPayInput!) {
  billPay(input: $input) { __typename ... on BillPayPayload { ${PAYMENT_FIELDS} } ${ERROR_FIELDS} }
}`;
const PAYMENT_RECORD = `mutation ($input: PaymentRecordInput!) {
  paymentRecord(input: $input) { __typename ... on PaymentRecordPayload { ${PAYMENT_FIELDS} } ${ERROR_FIELDS} }
}`;
const CREDIT_APPLY = `mutation ($input: CreditApplyInput!) {
  creditApply(input: $input) { __typename
    ... on CreditApplyPayload { applied remaining unit { prepaidCredit } bills { period status } } ${ERROR_FIELDS} }
}`;
const REVERSE = `mutation ($input: PaymentReverseInput!) {
  paymentReverse(input: $input) { __typename
    ... on PaymentReversePayload { payment { id reversedBy { id } } reversal { id amount reason reversalOf { id } allocations { amount } }
      bills { period status paid } }
    ${ERROR_FIELDS} }
}`;

async function billOf(unitId: string, period: string) {
  return api.db.prisma.bill.findFirstOrThrow({
    where: { unitId, periodStart: new Date(`${period}-01`) },
    include: { lines: true },
  });
}

let ownerJanuaryPaymentId = "";
let tenantDesignatedPaymentId = "";

describe("R-FEE-6 an owner pays their own bill (billPay)", () => {
  it("pays it online with a reference; the bill is paid and its history says so", async () => {
    const bill = await billOf(world.ownerUnitId, "2026-01");
    const paid = await call(api, tokens.owner, BILL_PAY, {
      input: { billId: globalId("Bill", bill.id), idempotencyKey: "owner-jan-0001" },
    });
    expect(paid).toMatchObject({
      __typename: "BillPayPayload",
      payment: {
        amount: "210.02",
        method: "online",
        payerName: "owner person",
        createdByName: "owner person",
      },
      order: "designated",
      allocated: "210.02",
      creditDeposited: "0.00",
      bills: [{ period: "2026-01", status: "paid", paid: "210.02", outstanding: "0.00" }],
    });
    expect((paid.payment as { reference: string }).reference).toMatch(/^ONLINE-/);
    ownerJanuaryPaymentId = (paid.payment as { id: string }).id;
    const history = await call(
      api,
      tokens.owner,
      `query ($id: ID!) { node(id: $id) { ... on Bill { history { edges { node { action fromState toState actorRole } } } } } }`,
      {
        id: globalId("Bill", bill.id),
      },
    );
    expect((history.history as { edges: { node: unknown }[] }).edges.map((e) => e.node)).toEqual([
      { action: "issue", fromState: "issued", toState: "issued", actorRole: "cashier" },
      { action: "pay", fromState: "issued", toState: "paid", actorRole: "owner" },
    ]);
  });

  it("the same idempotency key and input return the first payment; another input is a conflict", async () => {
    const bill = await billOf(world.ownerUnitId, "2026-01");
    const again = await call(api, tokens.owner, BILL_PAY, {
      input: { billId: globalId("Bill", bill.id), idempotencyKey: "owner-jan-0001" },
    });
    expect((again.payment as { id: string }).id).toBe(ownerJanuaryPaymentId);
    expect(await api.db.prisma.payment.count({ where: { unitId: world.ownerUnitId } })).toBe(1);
    const changed = await call(api, tokens.owner, BILL_PAY, {
      input: { billId: globalId("Bill", bill.id), amount: "1.00", idempotencyKey: "owner-jan-0001" },
    });
    expect(changed).toMatchObject({
      __typename: "ConflictError",
      code: "API_IDEMPOTENCY_KEY_REUSED",
      path: ["input", "idempotencyKey"],
    });
  });

  it("two concurrent requests with one key pay once", async () => {
    const bill = await billOf(world.ownerUnitId, "2026-02");
    const input = { billId: globalId("Bill", bill.id), idempotencyKey: "owner-feb-0001" };
    const [a, b] = await Promise.all([
      call(api, tokens.owner, BILL_PAY, { input }),
      call(api, tokens.owner, BILL_PAY, { input }),
    ]);
    expect(a.__typename).toBe("BillPayPayload");
    expect((a.payment as { id: string }).id).toBe((b.payment as { id: string }).id);
    const allocations = await api.db.prisma.paymentAllocation.count({
      where: { billLine: { billId: bill.id } },
    });
    expect(allocations).toBe(1);
  });

  it("two concurrent payments of one bill with different keys never pay it twice", async () => {
    const bill = await billOf(world.ownerUnitId, "2026-03");
    const [a, b] = await Promise.all([
      call(api, tokens.owner, BILL_PAY, {
        input: { billId: globalId("Bill", bill.id), idempotencyKey: "owner-mar-000a" },
      }),
      call(api, tokens.cashier, BILL_PAY, {
        input: { billId: globalId("Bill", bill.id), idempotencyKey: "owner-mar-000b" },
      }),
    ]);
    expect([a.__typename, b.__typename].sort()).toEqual(["BillPayPayload", "RefusalError"]);
    const refused = a.__typename === "RefusalError" ? a : b;
    expect(refused).toMatchObject({ code: "COL_DESIGNATED_LINE_SETTLED", rule: "R-FEE-6" });
    expect((await billOf(world.ownerUnitId, "2026-03")).status).toBe("paid");
  });

  it("a paid bill is refused by the rules; another unit's bill is not found; staff outside the money desk may not pay", async () => {
    const january = await billOf(world.ownerUnitId, "2026-01");
    const again = await call(api, tokens.owner, BILL_PAY, {
      input: { billId: globalId("Bill", january.id), idempotencyKey: "owner-jan-0002" },
    });
    expect(again).toMatchObject({ __typename: "RefusalError", code: "COL_DESIGNATED_LINE_SETTLED" });
    const tenants = await billOf(world.tenantUnitId, "2026-01");
    const other = await call(api, tokens.owner, BILL_PAY, {
      input: { billId: globalId("Bill", tenants.id), idempotencyKey: "owner-x-00001" },
    });
    expect(other).toMatchObject({ __typename: "NotFoundError", path: ["input", "billId"] });
    const security = await call(api, tokens.security, BILL_PAY, {
      input: { billId: globalId("Bill", tenants.id), idempotencyKey: "security-00001" },
    });
    expect(security).toMatchObject({ __typename: "ForbiddenError" });
    const anonymous = await call(api, undefined, BILL_PAY, {
      input: { billId: globalId("Bill", tenants.id), idempotencyKey: "anonymous-0001" },
    });
    expect(anonymous).toMatchObject({ __typename: "ForbiddenError", code: "AUTH_REQUIRED" });
    const shortKey = await call(api, tokens.owner, BILL_PAY, {
      input: { billId: globalId("Bill", january.id), idempotencyKey: "k" },
    });
    expect(shortKey).toMatchObject({ __typename: "ValidationError", path: ["input", "idempotencyKey"] });
  });
});

describe("R-FEE-6 the money desk records payments (paymentRecord)", () => {
  const tenantUnit = () => globalId("Unit", world.tenantUnitId);

  it("settles the oldest lines first", async () => {
    const paid = await call(api, tokens.cashier, PAYMENT_RECORD, {
      input: {
        unitId: tenantUnit(),
        amount: "400.00",
        method: "wechatPay",
        reference: "4200000001",
        idempotencyKey: "tenant-0001",
      },
    });
    expect(paid).toMatchObject({
      __typename: "PaymentRecordPayload",
      order: "oldestFirst",
      allocated: "400.00",
      creditDeposited: "0.00",
      payment: {
        method: "wechatPay",
        allocations: [
          { amount: "179.07", billLine: { period: "2026-01" } },
          { amount: "179.07", billLine: { period: "2026-02" } },
          { amount: "41.86", billLine: { period: "2026-03" } },
        ],
      },
      bills: [
        { period: "2026-01", status: "paid" },
        { period: "2026-02", status: "paid" },
        { period: "2026-03", status: "partiallyPaid", outstanding: "137.21" },
      ],
    });
  });

  it("pays the designated lines and keeps the excess as prepaid credit", async () => {
    const april = await billOf(world.tenantUnitId, "2026-04");
    const paid = await call(api, tokens.cashier, PAYMENT_RECORD, {
      input: {
        unitId: tenantUnit(),
        amount: "500.00",
        method: "cash",
        designatedLineIds: [globalId("BillLine", april.lines[0]!.id)],
        idempotencyKey: "tenant-0002",
      },
    });
    expect(paid).toMatchObject({
      order: "designated",
      allocated: "179.07",
      creditDeposited: "320.93",
      payment: { creditEntries: [{ direction: "credit", amount: "320.93" }] },
      bills: [{ period: "2026-04", status: "paid" }],
    });
    tenantDesignatedPaymentId = (paid.payment as { id: string }).id;
  });

  it("refuses designated lines of another unit or unknown ones, with the rules' codes", async () => {
    const owners = await billOf(world.ownerUnitId, "2026-04");
    const result = await call(api, tokens.cashier, PAYMENT_RECORD, {
      input: {
        unitId: tenantUnit(),
        amount: "10.00",
        method: "cash",
        designatedLineIds: [
          globalId("BillLine", owners.lines[0]!.id),
          globalId("BillLine", "00000000-0000-7000-8000-000000000001"),
        ],
        idempotencyKey: "tenant-0003",
      },
    });
    expect(result).toMatchObject({ __typename: "RefusalError", rule: "R-FEE-6" });
    expect((result.refusals as { code: string; path: string[] }[]).map((r) => [r.code, r.path])).toEqual([
      ["COL_DESIGNATED_LINE_OTHER_UNIT", ["designatedLineIds", "0"]],
      ["COL_DESIGNATED_LINE_UNKNOWN", ["designatedLineIds", "1"]],
    ]);
  });

  it("bad input: a zero amount (the domain's code), a future time, a float", async () => {
    const zero = await call(api, tokens.cashier, PAYMENT_RECORD, {
      input: { unitId: tenantUnit(), amount: "0.00", method: "cash", idempotencyKey: "tenant-0004" },
    });
    expect(zero).toMatchObject({
      __typename: "ValidationError",
      code: "COL_NON_POSITIVE_PAYMENT",
      path: ["input", "amount"],
    });
    const future = await call(api, tokens.cashier, PAYMENT_RECORD, {
      input: {
        unitId: tenantUnit(),
        amount: "1.00",
        method: "cash",
        receivedAt: "2026-05-01T00:00:00Z",
        idempotencyKey: "tenant-0005",
      },
    });
    expect(future).toMatchObject({ __typename: "ValidationError", path: ["input", "receivedAt"] });
    const float = await api.graphql(PAYMENT_RECORD, {
      token: tokens.cashier,
      variables: {
        input: { unitId: tenantUnit(), amount: 1.5, method: "cash", idempotencyKey: "tenant-0006" },
      },
    });
    expect(float.errors?.[0]?.message).toContain("Money must be a decimal string");
  });

  it("owners may not record payments; another estate's unit is not found", async () => {
    const owner = await call(api, tokens.owner, PAYMENT_RECORD, {
      input: {
        unitId: globalId("Unit", world.ownerUnitId),
        amount: "1.00",
        method: "cash",
        idempotencyKey: "owner-rec-001",
      },
    });
    expect(owner).toMatchObject({ __typename: "ForbiddenError" });
    const other = await call(api, tokens.cashier, PAYMENT_RECORD, {
      input: {
        unitId: globalId("Unit", world.otherUnitId),
        amount: "1.00",
        method: "cash",
        idempotencyKey: "other-rec-001",
      },
    });
    expect(other).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
  });

  it("prepaid credit pays the oldest outstanding line on creditApply, and new bills in the billing run", async () => {
    const applied = await call(api, tokens.cashier, CREDIT_APPLY, { input: { unitId: tenantUnit() } });
    expect(applied).toMatchObject({
      applied: "137.21",
      remaining: "183.72",
      unit: { prepaidCredit: "183.72" },
      bills: [{ period: "2026-03", status: "paid" }],
    });
    const run = await runBilling(api, tokens.cashier, world.estateId, "2026-05");
    expect(run).toMatchObject({ billCount: 3, creditApplied: "179.07" });
    expect((await billOf(world.tenantUnitId, "2026-05")).status).toBe("paid");
    const nothing = await call(api, tokens.cashier, CREDIT_APPLY, {
      input: { unitId: globalId("Unit", world.ownerUnitId) },
    });
    expect(nothing).toMatchObject({ applied: "0.00", remaining: "0.00", bills: [] });
  });
});

describe("R-FEE-9 corrections are reversing entries (paymentReverse)", () => {
  let reversalId = "";

  it("finance reverses a payment: new rows naming the originals, the bill owed again", async () => {
    const before = await api.db.prisma.paymentAllocation.count();
    const result = await call(api, tokens.finance, REVERSE, {
      input: { paymentId: ownerJanuaryPaymentId, reason: "银行退单 (charge-back)" },
    });
    expect(result).toMatchObject({
      __typename: "PaymentReversePayload",
      payment: { id: ownerJanuaryPaymentId },
      reversal: {
        amount: "210.02",
        reason: "银行退单 (charge-back)",
        reversalOf: { id: ownerJanuaryPaymentId },
        allocations: [{ amount: "210.02" }],
      },
      bills: [{ period: "2026-01", status: "issued", paid: "0.00" }],
    });
    reversalId = (result.reversal as { id: string }).id;
    expect((result.payment as { reversedBy: { id: string } }).reversedBy.id).toBe(reversalId);
    // Nothing was edited: the original allocation is still there, one reversing row was added.
    expect(await api.db.prisma.paymentAllocation.count()).toBe(before + 1);
  });

  it("refuses a second reversal, reversing a reversal, and taking back credit already spent", async () => {
    const twice = await call(api, tokens.manager, REVERSE, {
      input: { paymentId: ownerJanuaryPaymentId, reason: "again" },
    });
    expect(twice).toMatchObject({
      __typename: "RefusalError",
      code: "COL_ALREADY_REVERSED",
      rule: "R-FEE-9",
    });
    const ofReversal = await call(api, tokens.manager, REVERSE, {
      input: { paymentId: reversalId, reason: "undo" },
    });
    expect(ofReversal).toMatchObject({ __typename: "RefusalError", code: "COL_REVERSAL_OF_REVERSAL" });
    const spent = await call(api, tokens.finance, REVERSE, {
      input: { paymentId: tenantDesignatedPaymentId, reason: "mistake" },
    });
    expect(spent).toMatchObject({ __typename: "RefusalError" });
    expect((spent.refusals as { code: string }[]).map((r) => r.code)).toContain("COL_CREDIT_ALREADY_SPENT");
  });

  it("only finance and the manager correct the ledger", async () => {
    for (const role of ["cashier", "owner", "customer_service"] as const) {
      const result = await call(api, tokens[role], REVERSE, {
        input: { paymentId: tenantDesignatedPaymentId, reason: "x" },
      });
      expect(result).toMatchObject({ __typename: "ForbiddenError" });
    }
    const blank = await call(api, tokens.finance, REVERSE, {
      input: { paymentId: tenantDesignatedPaymentId, reason: " " },
    });
    expect(blank).toMatchObject({ __typename: "ValidationError", path: ["input", "reason"] });
  });

  it("owners see their own payments only, corrections included", async () => {
    const mine = (await call(
      api,
      tokens.owner,
      "{ payments(first: 50) { edges { node { amount unit { number } reversalOf { id } } } } }",
    )) as {
      edges: { node: { unit: { number: string } } }[];
    };
    expect(mine.edges.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mine.edges.map((e) => e.node.unit.number))).toEqual(new Set(["3-0101"]));
    const node = await api.graphql<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", {
      token: tokens.tenant,
      variables: { id: ownerJanuaryPaymentId },
    });
    expect(node.data?.node).toBeNull();
  });
});

describe("R-FEE-8 arrears aging and collection rates", () => {
  it("ages the estate's arrears; the bands add up to what the overdue bills still owe", async () => {
    const aging = await call(
      api,
      tokens.finance,
      "query ($e: ID!) { arrearsAging(estateId: $e) { asOf total unitCount bands { band fromDays toDays amount lineCount } } }",
      {
        e: globalId("Estate", world.estateId),
      },
    );
    const overdue = (await call(
      api,
      tokens.finance,
      "{ bills(first: 100, filter: { overdue: true }) { edges { node { outstanding } } } }",
    )) as {
      edges: { node: { outstanding: string } }[];
    };
    const owed = overdue.edges.reduce((sum, e) => sum + Math.round(Number(e.node.outstanding) * 100), 0);
    expect(Math.round(Number(aging.total) * 100)).toBe(owed);
    expect((aging.bands as { band: string }[]).map((b) => b.band)).toEqual([
      "0-30",
      "31-90",
      "91-180",
      "181-365",
      "over-365",
    ]);
    // The owner's reversed January bill (79 days past due) and the ladder unit's three months.
    expect(aging).toMatchObject({ asOf: "2026-04-20", unitCount: 2 });
    expect((aging.bands as { band: string; amount: string }[])[1]).toMatchObject({
      band: "31-90",
      amount: "680.02",
    });
  });

  it("the collection rate of a period and the recovery rate of the arrears carried into it", async () => {
    const rates = await call(
      api,
      tokens.manager,
      `query ($e: ID!) { collectionRates(estateId: $e, period: "2026-03") {
      collection { period receivable collected ratio percentage } recovery { openingArrears recovered percentage } } }`,
      {
        e: globalId("Estate", world.estateId),
      },
    );
    // March: 210.02 + 179.07 + 235.00 billed; the owner's and the tenant's paid.
    expect(rates).toMatchObject({
      collection: {
        period: "2026-03",
        receivable: "624.09",
        collected: "389.09",
        ratio: "38909/62409",
        percentage: "62.35%",
      },
    });
    const recovery = rates.recovery as {
      openingArrears: string;
      recovered: string;
      percentage: string | null;
    };
    expect(recovery.openingArrears).toBe("1248.18");
    expect(recovery.recovered).toBe("0.00");
  });

  it("reports are for the money desk: customer service and owners are refused; bad periods are validation errors", async () => {
    for (const role of ["customer_service", "owner"] as const) {
      const result = await api.graphql(`query ($e: ID!) { arrearsAging(estateId: $e) { total } }`, {
        token: tokens[role],
        variables: { e: globalId("Estate", world.estateId) },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe("API_FORBIDDEN");
    }
    const other = await api.graphql(`query ($e: ID!) { arrearsAging(estateId: $e) { total } }`, {
      token: tokens.finance,
      variables: { e: globalId("Estate", world.otherEstateId) },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe("API_NOT_FOUND");
    const bad = await api.graphql(
      `query ($e: ID!) { collectionRates(estateId: $e, period: "2026-3") { collection { ratio } } }`,
      {
        token: tokens.finance,
        variables: { e: globalId("Estate", world.estateId) },
      },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("API_VALIDATION_FAILED");
  });
});

describe("R-FEE-5 reminders due", () => {
  it("lists the open bills whose reminder falls on the day, with the channels", async () => {
    const due = (await call(
      api,
      tokens.customer_service,
      `query ($e: ID!) { remindersDue(estateId: $e, on: "2026-04-23") {
      edges { node { period dueDate unit { number } reminders { date daysBeforeDue channels } } } } }`,
      {
        e: globalId("Estate", world.estateId),
      },
    )) as { edges: { node: { period: string; unit: { number: string }; reminders: unknown[] } }[] };
    expect(due.edges.map((e) => e.node.period)).toEqual(["2026-04", "2026-04"]);
    expect(due.edges[0]!.node.reminders).toEqual([
      { date: "2026-04-23", daysBeforeDue: 7, channels: ["sms", "app"] },
      { date: "2026-04-29", daysBeforeDue: 1, channels: ["sms", "phone", "app"] },
    ]);
    const none = (await call(
      api,
      tokens.cashier,
      `query ($e: ID!) { remindersDue(estateId: $e, on: "2026-04-24") { edges { cursor } } }`,
      {
        e: globalId("Estate", world.estateId),
      },
    )) as { edges: unknown[] };
    expect(none.edges).toEqual([]);
  });
});

const ATTEMPT = `mutation ($input: CollectionAttemptRecordInput!) {
  collectionAttemptRecord(input: $input) { __typename
    ... on CollectionAttemptRecordPayload { stage deadline attempt { step outcome channel deadline attemptedByName } }
    ${ERROR_FIELDS} }
}`;

describe("R-FEE-10 the lawful collection ladder", () => {
  const attempt = (
    measure: string,
    attemptedAt: string,
    extra: Record<string, unknown> = {},
    role: keyof typeof tokens = "customer_service",
  ) =>
    call(api, tokens[role], ATTEMPT, {
      input: {
        unitId: globalId("Unit", ladderUnitId),
        measure,
        outcome: "noResponse",
        attemptedAt,
        ...extra,
      },
    });
  const codes = (result: Record<string, unknown>) =>
    (result.refusals as { code: string }[] | undefined)?.map((r) => r.code);

  it("cutting water is unlawful whatever the stage (Civil Code art. 944)", async () => {
    const result = await attempt("cutWater", "2026-02-02T02:00:00Z");
    expect(result).toMatchObject({
      __typename: "RefusalError",
      code: "COL_UTILITY_CUTOFF_FORBIDDEN",
      rule: "R-FEE-10",
    });
    expect(String(result.messageZh)).toContain("民法典");
  });

  it("walks reminder → call → visit → written demand → referral, refusing skipped and early steps", async () => {
    expect(codes(await attempt("writtenDemand", "2026-02-02T02:00:00Z"))).toEqual(["COL_STEP_SKIPPED"]);
    expect(await attempt("reminder", "2026-02-02T02:00:00Z", { channel: "sms" })).toMatchObject({
      stage: "reminded",
      attempt: { step: "reminder", channel: "sms", attemptedByName: "staff customer_service" },
    });
    expect(codes(await attempt("call", "2026-02-05T02:00:00Z"))).toEqual(["COL_STEP_TOO_EARLY"]);
    expect(await attempt("call", "2026-02-10T02:00:00Z", { outcome: "promisedToPay" })).toMatchObject({
      __typename: "ValidationError",
      code: "COL_PROMISE_WITHOUT_DATE",
      path: ["input", "promisedBy"],
    });
    expect(await attempt("call", "2026-02-10T02:00:00Z", { outcome: "reached" })).toMatchObject({
      stage: "contacted",
    });
    expect(
      await attempt(
        "visit",
        "2026-02-20T02:00:00Z",
        { outcome: "promisedToPay", promisedBy: "2026-03-20" },
        "cashier",
      ),
    ).toMatchObject({ stage: "contacted", attempt: { deadline: "2026-03-20" } });
    expect(codes(await attempt("writtenDemand", "2026-03-15T02:00:00Z"))).toEqual([
      "COL_PROMISE_TO_PAY_PENDING",
    ]);
    expect(await attempt("writtenDemand", "2026-03-25T02:00:00Z")).toMatchObject({
      stage: "demanded",
      deadline: "2026-04-09",
    });
    expect(codes(await attempt("reminder", "2026-03-01T02:00:00Z"))).toEqual(["COL_ATTEMPT_OUT_OF_ORDER"]);
    expect(codes(await attempt("referral", "2026-04-05T02:00:00Z"))).toEqual(["COL_STEP_TOO_EARLY"]);
    expect(await attempt("referral", "2026-04-12T02:00:00Z", {}, "manager")).toMatchObject({
      stage: "referred",
    });

    const collection = await call(
      api,
      tokens.finance,
      `query ($u: ID!) { collectionCase(unitId: $u) {
      stage arrearsSince demandDeadline attempts { step on } next { escalation earliest repeatable } } }`,
      {
        u: globalId("Unit", ladderUnitId),
      },
    );
    expect(collection).toMatchObject({
      stage: "referred",
      arrearsSince: "2026-02-01",
      demandDeadline: "2026-04-09",
      next: { escalation: [], earliest: null, repeatable: [] },
    });
    expect((collection.attempts as { step: string }[]).map((a) => a.step)).toEqual([
      "reminder",
      "call",
      "visit",
      "writtenDemand",
      "referral",
    ]);
    const listed = (await call(
      api,
      tokens.cashier,
      `query ($u: ID!) { collectionAttempts(first: 10, filter: { unitId: $u }) { edges { node { step } } } }`,
      {
        u: globalId("Unit", ladderUnitId),
      },
    )) as { edges: { node: { step: string } }[] };
    expect(listed.edges.map((e) => e.node.step)).toEqual([
      "referral",
      "writtenDemand",
      "visit",
      "call",
      "reminder",
    ]);
    const history = await api.db.prisma.workflowEvent.count({
      where: { workflow: "collection", recordId: ladderUnitId },
    });
    expect(history).toBe(5);
  });

  it("a unit that owes nothing is not in arrears; the future and other roles are refused", async () => {
    const clear = await addUnit(api.db.prisma, world, { handoverDate: "2026-04-18" });
    const result = await call(api, tokens.customer_service, ATTEMPT, {
      input: { unitId: globalId("Unit", clear), measure: "reminder", outcome: "noResponse" },
    });
    expect(codes(result)).toEqual(["COL_NOT_YET_IN_ARREARS"]);
    expect(await attempt("reminder", "2026-05-01T00:00:00Z")).toMatchObject({
      __typename: "ValidationError",
      path: ["input", "attemptedAt"],
    });
    for (const role of ["engineering", "owner", "apiKey"] as const) {
      expect(await attempt("reminder", "2026-04-13T02:00:00Z", {}, role)).toMatchObject({
        __typename: "ForbiddenError",
      });
    }
  });
});

const LATE_POLICY = `mutation ($input: LateChargePolicySetInput!) {
  lateChargePolicySet(input: $input) { __typename ... on LateChargePolicySetPayload { warnings { code rule } } ${ERROR_FIELDS} }
}`;

describe("R-FEE-7 late charges only when the estate enables them", () => {
  const LINE = `query ($id: ID!) { node(id: $id) { ... on BillLine { lateCharge(asOf: "2026-04-20") {
    enabled principal daysPastDue chargedDays amount capped explanation { en zh } } } } }`;
  const januaryLine = async () => globalId("BillLine", (await billOf(ladderUnitId, "2026-01")).lines[0]!.id);

  it("are off by default", async () => {
    const line = await call(api, tokens.cashier, LINE, { id: await januaryLine() });
    expect(line.lateCharge).toMatchObject({ enabled: false, amount: "0.00", daysPastDue: 79 });
  });

  it("once enabled they accrue on what is owed, with the arithmetic; risky settings are warned about", async () => {
    const set = await call(api, tokens.finance, LATE_POLICY, {
      input: { estateId: globalId("Estate", world.estateId), enabled: true, dailyRate: "0.0005" },
    });
    expect(set).toMatchObject({ warnings: [{ code: "COL_LATE_CHARGE_UNCAPPED", rule: "R-FEE-7" }] });
    const line = await call(api, tokens.cashier, LINE, { id: await januaryLine() });
    // ¥235.00 × 0.0005 × 79 days = ¥9.2825 → ¥9.28
    expect(line.lateCharge).toMatchObject({
      enabled: true,
      principal: "235.00",
      chargedDays: 79,
      amount: "9.28",
      capped: false,
    });
    const steep = await call(api, tokens.manager, LATE_POLICY, {
      input: {
        estateId: globalId("Estate", world.estateId),
        enabled: true,
        dailyRate: "0.003",
        capPercentOfPrincipal: "50",
      },
    });
    expect(steep).toMatchObject({ warnings: [{ code: "COL_LATE_CHARGE_CAP_ABOVE_30_PERCENT" }] });
    const malformed = await call(api, tokens.manager, LATE_POLICY, {
      input: { estateId: globalId("Estate", world.estateId), enabled: true, dailyRate: "abc" },
    });
    expect(malformed).toMatchObject({
      __typename: "ValidationError",
      code: "COL_INVALID_LATE_CHARGE_RATE",
      path: ["input", "dailyRate"],
    });
    const cashier = await call(api, tokens.cashier, LATE_POLICY, {
      input: { estateId: globalId("Estate", world.estateId), enabled: false },
    });
    expect(cashier).toMatchObject({ __typename: "ForbiddenError" });
    const policy = await api.db.prisma.estate.findUniqueOrThrow({ where: { id: world.estateId } });
    expect(policy.policy).toMatchObject({
      collection: { lateCharges: { enabled: true, dailyRate: "0.003", capPercentOfPrincipal: "50" } },
    });
  });
});

void rawId;
