import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addUnit,
  addWaterMeter,
  call,
  ERROR_FIELDS,
  type PublishedFees,
  publishFees,
  runBilling,
} from "./fees-fixtures.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/** A fixed clock: Monday 20 April 2026, 09:00 in Shanghai. */
const NOW = new Date("2026-04-20T01:00:00.000Z");

let api: TestApi;
let world: World;
let fees: PublishedFees;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let meterId: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  fees = await publishFees(api.db.prisma, world.estateId);
  meterId = await addWaterMeter(api.db.prisma, world, world.ownerUnitId, [
    ["2026-01-31", "1234"],
    ["2026-02-28", "1240.5"],
  ]);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

const estate = () => globalId("Estate", world.estateId);

const FEE_ITEM_CREATE = `mutation ($input: FeeItemCreateInput!) {
  feeItemCreate(input: $input) {
    __typename
    ... on FeeStandardPayload { feeItem { code kind per unitTypes name { en zh } standards { unitPrice effectiveFrom effectiveTo } }
      feeStandard { id unitPrice effectiveFrom } }
    ${ERROR_FIELDS}
  }
}`;
const FEE_STANDARD_CREATE = `mutation ($input: FeeStandardCreateInput!) {
  feeStandardCreate(input: $input) {
    __typename
    ... on FeeStandardPayload { feeItem { standards { unitPrice effectiveFrom effectiveTo } } feeStandard { unitPrice effectiveFrom } }
    ${ERROR_FIELDS}
  }
}`;

describe("R-FEE-1/2 fee items and standards", () => {
  const parking = (code: string, extra: Record<string, unknown> = {}) => ({
    input: {
      estateId: estate(),
      code,
      name: { en: "Parking space management fee", zh: "车位管理费" },
      kind: "fixed",
      per: "parkingSpace",
      unitTypes: ["residential"],
      unitPrice: "150",
      effectiveFrom: "2026-01-01",
      ...extra,
    },
  });

  it("the manager publishes a fee item with its first standard", async () => {
    const created = await call(api, tokens.manager, FEE_ITEM_CREATE, parking("parking"));
    expect(created).toMatchObject({
      __typename: "FeeStandardPayload",
      feeItem: {
        code: "parking",
        kind: "fixed",
        per: "parkingSpace",
        unitTypes: ["residential"],
        name: { en: "Parking space management fee", zh: "车位管理费" },
        standards: [{ unitPrice: "150.00", effectiveFrom: "2026-01-01", effectiveTo: null }],
      },
    });
  });

  it("a new price is a new standard; the previous one ends that day and keeps its price", async () => {
    await call(api, tokens.finance, FEE_ITEM_CREATE, parking("parking-b"));
    const feeItemId = await itemIdOf("parking-b");
    const next = await call(api, tokens.finance, FEE_STANDARD_CREATE, {
      input: { feeItemId, unitPrice: "180.00", effectiveFrom: "2026-07-01" },
    });
    expect(next).toMatchObject({
      __typename: "FeeStandardPayload",
      feeItem: {
        standards: [
          { unitPrice: "150.00", effectiveFrom: "2026-01-01", effectiveTo: "2026-07-01" },
          { unitPrice: "180.00", effectiveFrom: "2026-07-01", effectiveTo: null },
        ],
      },
    });
    // R-FEE-1: never back-dated before the current standard.
    const backdated = await call(api, tokens.finance, FEE_STANDARD_CREATE, {
      input: { feeItemId, unitPrice: "170.00", effectiveFrom: "2026-03-01" },
    });
    expect(backdated).toMatchObject({ __typename: "ValidationError", path: ["input", "effectiveFrom"] });
  });

  it("a standard cannot take effect inside a period already billed (old bills recompute exactly)", async () => {
    await runBilling(api, tokens.cashier, world.estateId, "2025-12");
    const result = await call(api, tokens.manager, FEE_STANDARD_CREATE, {
      input: {
        feeItemId: globalId("FeeItem", fees.propertyItemId),
        unitPrice: "2.50",
        effectiveFrom: "2025-12-15",
      },
    });
    expect(result).toMatchObject({ __typename: "ValidationError", path: ["input", "effectiveFrom"] });
    expect(String(result.message)).toContain("2025-12-31");
  });

  it("the domain refuses a price finer than the estate allows, naming the field", async () => {
    const result = await call(
      api,
      tokens.manager,
      FEE_ITEM_CREATE,
      parking("parking-c", { unitPrice: "150.125" }),
    );
    expect(result).toMatchObject({
      __typename: "ValidationError",
      code: "FEE_PRICE_TOO_PRECISE",
      path: ["input", "unitPrice"],
    });
  });

  it("input problems come back with their path", async () => {
    const noPer = await call(api, tokens.manager, FEE_ITEM_CREATE, parking("parking-d", { per: null }));
    expect(noPer).toMatchObject({ __typename: "ValidationError", path: ["input", "per"] });
    const badCode = await call(api, tokens.manager, FEE_ITEM_CREATE, parking("Bad Code"));
    expect(badCode).toMatchObject({ __typename: "ValidationError", path: ["input", "code"] });
    const taken = await call(api, tokens.manager, FEE_ITEM_CREATE, parking("property"));
    expect(taken).toMatchObject({ __typename: "ValidationError", path: ["input", "code"] });
  });

  it("only the manager and finance publish standards; another estate is not found", async () => {
    for (const role of ["cashier", "customer_service", "owner"] as const) {
      const result = await call(api, tokens[role], FEE_ITEM_CREATE, parking("parking-e"));
      expect(result).toMatchObject({ __typename: "ForbiddenError" });
    }
    const other = await call(api, tokens.manager, FEE_ITEM_CREATE, {
      input: { ...parking("parking-f").input, estateId: globalId("Estate", world.otherEstateId) },
    });
    expect(other).toMatchObject({ __typename: "NotFoundError" });
  });

  it("every owner sees the estate's published standards (R-FEE-1)", async () => {
    const query =
      "{ feeItems(first: 50) { edges { node { code estate { name } standards { unitPrice } } } } }";
    for (const role of ["owner", "tenant", "security"] as const) {
      const items = (await call(api, tokens[role], query)) as { edges: { node: { code: string } }[] };
      expect(items.edges.map((e) => e.node.code)).toContain("property");
    }
  });
});

async function itemIdOf(code: string): Promise<string> {
  const row = await api.db.prisma.feeItem.findFirstOrThrow({ where: { estateId: world.estateId, code } });
  return globalId("FeeItem", row.id);
}

const READ = `mutation ($input: MeterReadingRecordInput!) {
  meterReadingRecord(input: $input) {
    __typename
    ... on MeterReadingRecordPayload { reading { readOn value readByName meter { serialNumber } } }
    ${ERROR_FIELDS}
  }
}`;

describe("R-FEE-2 meter readings", () => {
  it("engineering records a reading", async () => {
    const result = await call(api, tokens.engineering, READ, {
      input: { meterId: globalId("Meter", meterId), readOn: "2026-03-31", value: "1251.25" },
    });
    expect(result).toMatchObject({
      reading: { readOn: "2026-03-31", value: "1251.25", readByName: "staff engineering" },
    });
  });

  it("a reading below the previous one is refused by the domain (FEE_READING_BACKWARDS)", async () => {
    const result = await call(api, tokens.engineering, READ, {
      input: { meterId: globalId("Meter", meterId), readOn: "2026-04-15", value: "1200" },
    });
    expect(result).toMatchObject({
      __typename: "ValidationError",
      code: "FEE_READING_BACKWARDS",
      path: ["input", "value"],
    });
  });

  it("a negative reading, a future date and a second reading on one day are refused", async () => {
    const negative = await call(api, tokens.engineering, READ, {
      input: { meterId: globalId("Meter", meterId), readOn: "2026-04-16", value: "-1" },
    });
    expect(negative).toMatchObject({ code: "FEE_NEGATIVE_READING", path: ["input", "value"] });
    const future = await call(api, tokens.engineering, READ, {
      input: { meterId: globalId("Meter", meterId), readOn: "2026-05-01", value: "1300" },
    });
    expect(future).toMatchObject({ __typename: "ValidationError", path: ["input", "readOn"] });
    const twice = await call(api, tokens.engineering, READ, {
      input: { meterId: globalId("Meter", meterId), readOn: "2026-03-31", value: "1260" },
    });
    expect(twice).toMatchObject({ __typename: "ValidationError", path: ["input", "readOn"] });
    const malformed = await call(api, tokens.engineering, READ, {
      input: { meterId: globalId("Meter", meterId), readOn: "2026-04-16", value: "12,5" },
    });
    expect(malformed).toMatchObject({ __typename: "ValidationError", path: ["input", "value"] });
  });

  it("security may not read meters; owners see their own unit's meter only", async () => {
    const denied = await call(api, tokens.security, READ, {
      input: { meterId: globalId("Meter", meterId), readOn: "2026-04-10", value: "1260" },
    });
    expect(denied).toMatchObject({ __typename: "ForbiddenError" });
    const meters =
      "{ meters(first: 10) { edges { node { serialNumber readings(first: 5) { edges { node { value } } } } } } }";
    const own = (await call(api, tokens.owner, meters)) as { edges: unknown[] };
    const tenants = (await call(api, tokens.tenant, meters)) as { edges: unknown[] };
    expect(own.edges).toHaveLength(1);
    expect(tenants.edges).toHaveLength(0);
  });
});

const BILL_FIELDS = `id number period dueDate issuedOn total paid outstanding status overdue
  unit { number }
  lines { period quantity unitPrice amount basis explanation { en zh } basisDetail
    feeItem { code } feeStandard { unitPrice } readingFrom { value } readingTo { value } }`;

describe("R-FEE-4 the billing run", () => {
  it("bills every billable unit with explained lines; units the rules refuse are listed with the reason", async () => {
    const pending = await addUnit(api.db.prisma, world);
    const run = await runBilling(api, tokens.cashier, world.estateId, "2026-03");
    expect(run).toMatchObject({
      __typename: "BillingRunPayload",
      period: "2026-03",
      billCount: 2,
      alreadyBilled: 0,
    });
    const skipped = run.skipped as { unit: { number: string }; refusals: { code: string; rule: string }[] }[];
    const pendingNumber = (await api.db.prisma.unit.findUniqueOrThrow({ where: { id: pending } })).number;
    expect(skipped).toContainEqual({
      unit: { number: pendingNumber },
      refusals: [{ code: "FEE_NOT_HANDED_OVER", rule: "R-HND-3" }],
    });

    const bills = (await call(
      api,
      tokens.cashier,
      `{ bills(first: 10, filter: { period: "2026-03" }, orderBy: { field: DUE_DATE, direction: ASC }) { totalCount edges { node { ${BILL_FIELDS} } } } }`,
    )) as {
      totalCount: number;
      edges: { node: Record<string, unknown> & { lines: Record<string, unknown>[] } }[];
    };
    expect(bills.totalCount).toBe(2);
    const own = bills.edges.find((e) => (e.node.unit as { number: string }).number === "3-0101")!.node;
    expect(own).toMatchObject({
      period: "2026-03",
      dueDate: "2026-03-31",
      issuedOn: "2026-04-20",
      status: "issued",
      overdue: true,
      paid: "0.00",
    });
    expect(own.lines).toEqual([
      expect.objectContaining({
        quantity: "89.37",
        unitPrice: "2.35",
        amount: "210.02",
        feeItem: { code: "property" },
        explanation: {
          en: "Property service fee: 89.37 m² × ¥2.35/m²/month × 1 month = ¥210.02",
          zh: "物业服务费：89.37㎡ × 2.35元/㎡/月 × 1个月 = 210.02元",
        },
        basis: "物业服务费：89.37㎡ × 2.35元/㎡/月 × 1个月 = 210.02元",
        readingFrom: null,
      }),
      expect.objectContaining({
        quantity: "6.5",
        amount: "26.65",
        feeItem: { code: "water" },
        readingFrom: { value: "1234" },
        readingTo: { value: "1240.5" },
      }),
    ]);
    expect(own.total).toBe("236.67");
    expect((own.lines[0]!.basisDetail as { rules: string[] }).rules).toContain("R-FEE-3");
  });

  it("running it twice bills nothing twice, also when two runs race", async () => {
    const again = await runBilling(api, tokens.finance, world.estateId, "2026-03");
    expect(again).toMatchObject({ billCount: 0, alreadyBilled: 2 });
    const [a, b] = await Promise.all([
      runBilling(api, tokens.cashier, world.estateId, "2026-04"),
      runBilling(api, tokens.manager, world.estateId, "2026-04"),
    ]);
    expect([a.billCount, b.billCount].sort()).toEqual([0, 2]);
    const count = await api.db.prisma.bill.count({
      where: { estateId: world.estateId, periodStart: new Date("2026-04-01") },
    });
    expect(count).toBe(2);
  });

  it("a malformed period is the domain's FEE_INVALID_PERIOD on the field", async () => {
    const run = await runBilling(api, tokens.cashier, world.estateId, "2026-13");
    expect(run).toMatchObject({
      __typename: "ValidationError",
      code: "FEE_INVALID_PERIOD",
      path: ["input", "period"],
    });
  });

  it("only the money desk runs billing; another estate is not found", async () => {
    for (const role of ["customer_service", "engineering", "owner", "tenant", "apiKey"] as const) {
      expect(await runBilling(api, tokens[role], world.estateId, "2026-05")).toMatchObject({
        __typename: "ForbiddenError",
      });
    }
    expect(await runBilling(api, tokens.cashier, world.otherEstateId, "2026-05")).toMatchObject({
      __typename: "NotFoundError",
      path: ["input", "estateId"],
    });
  });
});

describe("who sees which bills", () => {
  const BILLS = "{ bills(first: 100) { totalCount edges { node { id unit { number } } } } }";

  it("owners and tenants see their own units' bills; the money desk all; security none", async () => {
    const numbers = async (role: keyof typeof tokens) => {
      const bills = (await call(api, tokens[role], BILLS)) as {
        edges: { node: { unit: { number: string } } }[];
      };
      return [...new Set(bills.edges.map((e) => e.node.unit.number))].sort();
    };
    expect(await numbers("owner")).toEqual(["3-0101"]);
    expect(await numbers("tenant")).toEqual(["3-0102"]);
    expect(await numbers("cashier")).toEqual(["3-0101", "3-0102"]);
    expect(await numbers("security")).toEqual([]);
  });

  it("another owner's bill is not found through node(id:) either", async () => {
    const tenantBill = await api.db.prisma.bill.findFirstOrThrow({ where: { unitId: world.tenantUnitId } });
    const node = await api.graphql<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", {
      token: tokens.owner,
      variables: { id: globalId("Bill", tenantBill.id) },
    });
    expect(node.data?.node).toBeNull();
    const own = await api.graphql<{ node: unknown }>(
      "query ($id: ID!) { node(id: $id) { ... on Bill { number } } }",
      {
        token: tokens.tenant,
        variables: { id: globalId("Bill", tenantBill.id) },
      },
    );
    expect(own.data?.node).toEqual({ number: tenantBill.number });
  });

  it("filters: overdue, status, unit; the unit's own bills connection", async () => {
    const overdue = (await call(
      api,
      tokens.cashier,
      "{ bills(first: 50, filter: { overdue: true }) { totalCount } }",
    )) as {
      totalCount: number;
    };
    const open = (await call(
      api,
      tokens.cashier,
      "{ bills(first: 50, filter: { overdue: false }) { totalCount } }",
    )) as {
      totalCount: number;
    };
    const all = await api.db.prisma.bill.count({ where: { estateId: world.estateId } });
    expect(overdue.totalCount + open.totalCount).toBe(all);
    const unitBills = (await call(
      api,
      tokens.owner,
      `query ($id: ID!) { node(id: $id) { ... on Unit { bills(first: 10, filter: { status: [issued] }) { totalCount } prepaidCredit } } }`,
      { id: globalId("Unit", world.ownerUnitId) },
    )) as { bills: { totalCount: number }; prepaidCredit: string };
    expect(unitBills.bills.totalCount).toBeGreaterThan(0);
    expect(unitBills.prepaidCredit).toBe("0.00");
  });
});

const PREPAY = `mutation ($input: BillHandoverPrepaymentInput!) {
  billHandoverPrepayment(input: $input) {
    __typename
    ... on BillHandoverPrepaymentPayload { coveredFrom coveredTo months total alreadyBilled
      bills { period total dueDate lines { explanation { zh } } } }
    ${ERROR_FIELDS}
  }
}`;

describe("R-HND-3 the handover prepayment", () => {
  it("bills the rest of the handover month and six months ahead, each as that month's bill; once", async () => {
    const unitId = await addUnit(api.db.prisma, world, { area: "100.00", handoverDate: "2026-04-14" });
    const first = await call(api, tokens.cashier, PREPAY, { input: { unitId: globalId("Unit", unitId) } });
    expect(first).toMatchObject({
      __typename: "BillHandoverPrepaymentPayload",
      coveredFrom: "2026-04-14",
      coveredTo: "2026-10-31",
      months: 6,
      alreadyBilled: 0,
    });
    const bills = first.bills as {
      period: string;
      total: string;
      dueDate: string;
      lines: { explanation: { zh: string } }[];
    }[];
    expect(bills.map((b) => b.period)).toEqual([
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    // 17 of 30 days in April: 100 × 2.35 × 17/30 = 133.17.
    expect(bills[0]).toMatchObject({ total: "133.17", dueDate: "2026-04-20" });
    expect(bills[0]!.lines[0]!.explanation.zh).toContain("17/30天");
    expect(first.total).toBe("1543.17");
    const second = await call(api, tokens.cashier, PREPAY, { input: { unitId: globalId("Unit", unitId) } });
    expect(second).toMatchObject({ alreadyBilled: 7, bills: [] });
  });

  it("a unit not handed over is refused by the domain (FEE_NOT_HANDED_OVER)", async () => {
    const unitId = await addUnit(api.db.prisma, world);
    const result = await call(api, tokens.cashier, PREPAY, { input: { unitId: globalId("Unit", unitId) } });
    expect(result).toMatchObject({
      __typename: "RefusalError",
      code: "FEE_NOT_HANDED_OVER",
      rule: "R-HND-3",
    });
  });

  it("owners may not issue bills; another estate's unit is not found", async () => {
    expect(
      await call(api, tokens.owner, PREPAY, { input: { unitId: globalId("Unit", world.ownerUnitId) } }),
    ).toMatchObject({
      __typename: "ForbiddenError",
    });
    expect(
      await call(api, tokens.cashier, PREPAY, { input: { unitId: globalId("Unit", world.otherUnitId) } }),
    ).toMatchObject({
      __typename: "NotFoundError",
    });
  });
});
