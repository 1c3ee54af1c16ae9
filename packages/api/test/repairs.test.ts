import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { historyActions, type Json, repairMutation as mutate } from "./repairs-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/** Monday 2 March 2026, 09:00 in Shanghai; tests move the clock forward as days pass. */
const START = new Date("2026-03-02T01:00:00.000Z");
let now = START;
/** Moves the clock; access tokens last 15 minutes, so everyone logs in again. */
async function later(ms: number) {
  now = new Date(now.getTime() + ms);
  tokens = await tokensFor(api, world);
}
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let technicianId: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => now });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
  technicianId = globalId("RepairTechnician", world.userIds.engineering!);
  const set = await api.graphql<{ repairTechnicianSetTrades: Json }>(
    `mutation ($input: RepairTechnicianSetTradesInput!) { repairTechnicianSetTrades(input: $input) {
      __typename ... on RepairTechnicianSetTradesPayload { technician { id name trades } } } }`,
    {
      token: tokens.manager,
      variables: {
        input: {
          estateId: globalId("Estate", world.estateId),
          technicianId,
          trades: ["plumbing", "electrical"],
        },
      },
    },
  );
  expect(set.data?.repairTechnicianSetTrades).toMatchObject({
    technician: { id: technicianId, name: "staff engineering", trades: ["plumbing", "electrical"] },
  });
});
afterAll(async () => {
  await api?.close();
});

const ownerUnit = () => globalId("Unit", world.ownerUnitId);

async function registered(input: Json = {}, token = tokens.owner) {
  const result = await mutate(api, "repairRegister", token, {
    unitId: ownerUnit(),
    description: "厨房角阀漏水",
    category: "plumbing",
    trade: "plumbing",
    ...input,
  });
  expect(result.__typename, JSON.stringify(result)).toBe("RepairRegisterPayload");
  return result.repairOrder!;
}

/** An order answered and assigned, ready for its terms. */
async function assigned(input: Json = {}, token = tokens.owner) {
  const order = await registered(input, token);
  await mutate(api, "repairRespond", tokens.customer_service, { repairOrderId: order.id, onSiteNow: false });
  const result = await mutate(api, "repairAssign", tokens.engineering, {
    repairOrderId: order.id,
    technicianId,
  });
  expect(result.__typename, JSON.stringify(result)).toBe("RepairAssignPayload");
  return result.repairOrder!;
}

/** An order quoted for paid work (damage by misuse is outside the warranty). */
async function quoted(input: Json = {}, token = tokens.owner) {
  const order = await assigned({ category: "decoration", ...input }, token);
  const result = await mutate(api, "repairQuote", tokens.engineering, {
    repairOrderId: order.id,
    lines: [
      { code: "L-HOUR", quantity: "1.5" },
      { code: "M-VALVE", quantity: "1" },
    ],
    reason: "住户自行改动管路造成损坏",
    cause: "misuse",
  });
  expect(result.__typename, JSON.stringify(result)).toBe("RepairQuotePayload");
  return result.repairOrder!;
}

describe("R-REP-1 repairRegister and repairRespond", () => {
  it("an owner reports a repair of their unit as themself; the response is due in 15 minutes", async () => {
    const order = await registered();
    expect(order).toMatchObject({
      status: "registered",
      category: "plumbing",
      trade: "plumbing",
      requesterName: "owner person",
      requesterPhone: world.phones.owner,
      unit: { number: "3-0101" },
      overdue: false,
      nextDueAt: new Date(now.getTime() + 15 * MINUTE).toISOString(),
      deadlines: [
        {
          step: "response",
          rule: "R-REP-1",
          state: "pending",
          due: new Date(now.getTime() + 15 * MINUTE).toISOString(),
        },
        {
          step: "completion",
          rule: "R-REP-2",
          state: "pending",
          due: new Date(now.getTime() + DAY).toISOString(),
        },
      ],
    });
    expect(order.number).toMatch(/^R\d{8}-[0-9A-F]{8}$/);
    expect(historyActions(order)).toEqual(["register"]);
  });

  it("customer service registers a common-area repair for the estate, with reporter and contact", async () => {
    const result = await mutate(api, "repairRegister", tokens.customer_service, {
      estateId: globalId("Estate", world.estateId),
      description: "3栋大堂灯不亮",
      category: "electrical",
      trade: "electrical",
      location: "3栋大堂",
      reporterName: "路人 甲",
      contact: "13712345678",
    });
    expect(result.repairOrder).toMatchObject({ status: "registered", unit: null, location: "3栋大堂" });
  });

  it("the desk must record a contact: the domain's own code and path", async () => {
    const result = await mutate(api, "repairRegister", tokens.customer_service, {
      unitId: ownerUnit(),
      description: "漏水",
      category: "plumbing",
      trade: "plumbing",
      reporterName: "甲",
    });
    expect(result).toMatchObject({
      __typename: "ValidationError",
      code: "REP_FIELD_REQUIRED",
      path: ["input", "contact"],
      messageZh: "联系方式不能为空",
    });
  });

  it("blank descriptions are refused with the field path; others' units are not found", async () => {
    const blank = await mutate(api, "repairRegister", tokens.owner, {
      unitId: ownerUnit(),
      description: " ",
      category: "plumbing",
      trade: "plumbing",
    });
    expect(blank).toMatchObject({ __typename: "ValidationError", path: ["input", "description"] });
    const other = await mutate(api, "repairRegister", tokens.owner, {
      unitId: globalId("Unit", world.tenantUnitId),
      description: "x",
      category: "plumbing",
      trade: "plumbing",
    });
    expect(other).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
  });

  it("engineering may not register at the desk; anonymous callers are told to log in", async () => {
    const input = {
      estateId: globalId("Estate", world.estateId),
      description: "x",
      category: "plumbing",
      trade: "plumbing",
      reporterName: "甲",
      contact: "1",
    };
    expect(await mutate(api, "repairRegister", tokens.engineering, input)).toMatchObject({
      __typename: "ForbiddenError",
    });
    expect(await mutate(api, "repairRegister", undefined, input)).toMatchObject({ code: "AUTH_REQUIRED" });
  });

  it("a response 20 minutes late is recorded as met late; a second response is refused", async () => {
    const order = await registered();
    await later(20 * MINUTE);
    const responded = await mutate(api, "repairRespond", tokens.customer_service, {
      repairOrderId: order.id,
      onSiteNow: true,
    });
    expect(responded.repairOrder).toMatchObject({ status: "responded", onSiteNow: true });
    expect((responded.repairOrder!.deadlines as Json[])[0]).toMatchObject({
      step: "response",
      state: "metLate",
    });
    const again = await mutate(api, "repairRespond", tokens.engineering, {
      repairOrderId: order.id,
      onSiteNow: false,
    });
    expect(again).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
  });
});

describe("R-REP-2 repairAssign", () => {
  it("lists the estate's technicians by trade", async () => {
    const list = async (trade?: string) =>
      (
        await api.graphql<{ repairTechnicians: Json[] }>(
          "query ($estateId: ID!, $trade: RepairTrade) { repairTechnicians(estateId: $estateId, trade: $trade) { id name trades } }",
          {
            token: tokens.customer_service,
            variables: { estateId: globalId("Estate", world.estateId), trade },
          },
        )
      ).data?.repairTechnicians;
    expect(await list("plumbing")).toEqual([
      { id: technicianId, name: "staff engineering", trades: ["plumbing", "electrical"] },
    ]);
    expect(await list("hvac")).toEqual([]);
  });

  it("a technician of another trade is refused", async () => {
    const order = await registered({ category: "heating", trade: "hvac" });
    await mutate(api, "repairRespond", tokens.engineering, { repairOrderId: order.id, onSiteNow: false });
    const result = await mutate(api, "repairAssign", tokens.manager, {
      repairOrderId: order.id,
      technicianId,
    });
    expect(result).toMatchObject({
      __typename: "RefusalError",
      code: "REP_TECHNICIAN_WRONG_TRADE",
      rule: "R-REP-2",
    });
  });

  it("someone who is not a technician of the estate is not found", async () => {
    const order = await registered();
    await mutate(api, "repairRespond", tokens.engineering, { repairOrderId: order.id, onSiteNow: false });
    const result = await mutate(api, "repairAssign", tokens.engineering, {
      repairOrderId: order.id,
      technicianId: globalId("RepairTechnician", world.userIds.security!),
    });
    expect(result).toMatchObject({ __typename: "NotFoundError", path: ["input", "technicianId"] });
  });
});

describe("R-REP-3 to R-REP-5: the free repair, from registration to closing after a second repair", () => {
  it("runs every step, with the warranty explained and the repeat count kept", async () => {
    const order = await assigned();
    expect(order.technician).toEqual({
      id: technicianId,
      name: "staff engineering",
      trades: ["plumbing", "electrical"],
    });

    const planned = await mutate(api, "repairAgreeFreePlan", tokens.engineering, {
      repairOrderId: order.id,
      plan: "更换角阀",
    });
    expect(planned.repairOrder).toMatchObject({
      status: "planAgreed",
      coverage: "free",
      freePlan: "更换角阀",
      warranty: {
        status: "inWarranty",
        category: "plumbing",
        endDate: "2027-02-28",
        periodSource: "nationalMinimum",
      },
    });
    expect((planned.repairOrder!.warranty as Json).explanationZh).toContain("保修期 2 年");

    await mutate(api, "repairStart", tokens.engineering, { repairOrderId: order.id });
    const done = await mutate(api, "repairComplete", tokens.engineering, {
      repairOrderId: order.id,
      workDone: "已换角阀",
    });
    expect(done.repairOrder).toMatchObject({ status: "completed", workDone: "已换角阀" });
    const accepted = await mutate(api, "repairAcceptJointly", tokens.owner, {
      repairOrderId: order.id,
      ownerSignature: "owner person",
      technicianSignature: "staff engineering",
    });
    expect(accepted.repairOrder).toMatchObject({ status: "accepted" });

    // R-REP-5: not on the day of completion.
    const early = await mutate(api, "repairReturnVisit", tokens.customer_service, {
      repairOrderId: order.id,
      satisfied: true,
    });
    expect(early).toMatchObject({
      __typename: "RefusalError",
      code: "REP_RETURN_VISIT_TOO_EARLY",
      rule: "R-REP-5",
    });

    await later(DAY + MINUTE);
    const unhappy = await mutate(api, "repairReturnVisit", tokens.customer_service, {
      repairOrderId: order.id,
      satisfied: false,
      comment: "仍有渗水",
    });
    expect(unhappy.repairOrder).toMatchObject({
      status: "reopened",
      repeatCount: 1,
      technician: null,
      coverage: "free",
      returnVisits: [{ satisfied: false, comment: "仍有渗水" }],
    });

    // The second repair keeps the agreed plan: assign, start, complete, accept, visit.
    await mutate(api, "repairAssign", tokens.engineering, { repairOrderId: order.id, technicianId });
    const restarted = await mutate(api, "repairStart", tokens.engineering, { repairOrderId: order.id });
    expect(restarted.repairOrder).toMatchObject({ status: "inProgress" });
    await mutate(api, "repairComplete", tokens.engineering, {
      repairOrderId: order.id,
      workDone: "重新密封",
    });
    await mutate(api, "repairAcceptJointly", tokens.engineering, {
      repairOrderId: order.id,
      ownerSignature: "owner person",
      technicianSignature: "staff engineering",
    });
    await later(DAY + MINUTE);
    const closed = await mutate(api, "repairReturnVisit", tokens.customer_service, {
      repairOrderId: order.id,
      satisfied: true,
      comment: "满意",
    });
    expect(closed.repairOrder).toMatchObject({
      status: "closed",
      repeatCount: 1,
      nextDueAt: null,
      overdue: false,
    });
    expect(historyActions(closed.repairOrder)).toEqual([
      "register",
      "respond",
      "assign",
      "agreeFreePlan",
      "start",
      "complete",
      "acceptJointly",
      "returnVisitDissatisfied",
      "assign",
      "start",
      "complete",
      "acceptJointly",
      "returnVisitSatisfied",
    ]);
  });

  it("a free plan needs the warranty: damage by misuse is refused", async () => {
    const order = await assigned();
    const result = await mutate(api, "repairAgreeFreePlan", tokens.engineering, {
      repairOrderId: order.id,
      plan: "更换",
      cause: "misuse",
    });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "REP_NOT_IN_WARRANTY" });
  });

  it("work cannot start before the terms are decided", async () => {
    const order = await assigned();
    const result = await mutate(api, "repairStart", tokens.engineering, { repairOrderId: order.id });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "REP_COVERAGE_UNDECIDED" });
  });

  it("the joint acceptance needs both signatures; the owner may send the work back", async () => {
    const order = await assigned();
    await mutate(api, "repairAgreeFreePlan", tokens.engineering, { repairOrderId: order.id, plan: "更换" });
    await mutate(api, "repairStart", tokens.engineering, { repairOrderId: order.id });
    await mutate(api, "repairComplete", tokens.engineering, { repairOrderId: order.id, workDone: "换了" });
    const unsigned = await mutate(api, "repairAcceptJointly", tokens.owner, {
      repairOrderId: order.id,
      ownerSignature: " ",
      technicianSignature: "staff engineering",
    });
    expect(unsigned).toMatchObject({ __typename: "RefusalError", code: "REP_JOINT_ACCEPTANCE_INCOMPLETE" });
    const back = await mutate(api, "repairRejectAtAcceptance", tokens.owner, {
      repairOrderId: order.id,
      defects: "接口仍滴水",
    });
    expect(back.repairOrder).toMatchObject({ status: "inProgress", completedAt: null });
  });
});

describe("R-REP-3 the paid repair: quote from the price list, accepted by the owner of the unit", () => {
  it("prices labour and materials, each line explained, and starts only once the owner accepts", async () => {
    const order = await quoted();
    expect(order).toMatchObject({
      status: "quoted",
      coverage: "paid",
      warranty: { status: "excluded", cause: "misuse" },
      quote: {
        priceListId: "wuye-default-2026",
        labour: "75.00",
        materials: "25.00",
        total: "100.00",
        reason: "住户自行改动管路造成损坏",
        acceptedAt: null,
        lines: [
          { code: "L-HOUR", quantity: "1.5", unitPrice: "50.00", amount: "75.00" },
          { code: "M-VALVE", quantity: "1", unitPrice: "25.00", amount: "25.00" },
        ],
      },
      quotes: [{ total: "100.00", labour: "75.00", materials: "25.00", decision: null }],
    });
    expect((order.quote as Json).explanationZh).toBe(
      "合计：人工 75.00元 + 材料 25.00元 = 100.00元（维修收费标准：wuye-default-2026）",
    );
    const early = await mutate(api, "repairStart", tokens.engineering, { repairOrderId: order.id });
    expect(early).toMatchObject({
      __typename: "RefusalError",
      code: "REP_QUOTE_NOT_ACCEPTED",
      rule: "R-REP-3",
    });
    expect(early.messageZh).toContain("¥100.00");

    const accepted = await mutate(api, "repairAcceptQuote", tokens.owner, { repairOrderId: order.id });
    expect(accepted.repairOrder).toMatchObject({
      status: "quoteAccepted",
      quote: { acceptedAt: now.toISOString() },
      quotes: [{ decision: "accepted" }],
    });
    const started = await mutate(api, "repairStart", tokens.engineering, { repairOrderId: order.id });
    expect(started.repairOrder).toMatchObject({ status: "inProgress" });
  });

  it("a defect under warranty cannot be charged", async () => {
    const order = await assigned({ category: "decoration" });
    const result = await mutate(api, "repairQuote", tokens.engineering, {
      repairOrderId: order.id,
      lines: [{ code: "L-CALL", quantity: "1" }],
      reason: "收费",
    });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "REP_QUOTE_IN_WARRANTY" });
  });

  it("items off the price list are refused with their path; a zero quantity is malformed", async () => {
    const order = await assigned({ category: "decoration" });
    const unknown = await mutate(api, "repairQuote", tokens.engineering, {
      repairOrderId: order.id,
      lines: [
        { code: "L-HOUR", quantity: "1" },
        { code: "GOLD-TAP", quantity: "1" },
      ],
      reason: "x",
      cause: "misuse",
    });
    expect(unknown).toMatchObject({ __typename: "RefusalError", code: "REP_UNKNOWN_PRICE_ITEM" });
    expect(unknown.refusals).toEqual([expect.objectContaining({ path: ["lines", "1", "code"] })]);
    const zero = await mutate(api, "repairQuote", tokens.engineering, {
      repairOrderId: order.id,
      lines: [{ code: "L-HOUR", quantity: "0" }],
      reason: "x",
      cause: "misuse",
    });
    expect(zero).toMatchObject({
      __typename: "ValidationError",
      code: "REP_QUANTITY_NOT_POSITIVE",
      path: ["input", "lines", "0", "quantity"],
    });
    const empty = await mutate(api, "repairQuote", tokens.engineering, {
      repairOrderId: order.id,
      lines: [],
      reason: "x",
      cause: "misuse",
    });
    expect(empty).toMatchObject({ __typename: "RefusalError", code: "REP_QUOTE_EMPTY" });
  });

  it("the owner declines: the order is withdrawn and the quote marked declined", async () => {
    const order = await quoted();
    const declined = await mutate(api, "repairDeclineQuote", tokens.owner, {
      repairOrderId: order.id,
      reason: "自己找人修",
    });
    expect(declined.repairOrder).toMatchObject({
      status: "withdrawn",
      withdrawnReason: "自己找人修",
      quotes: [{ decision: "declined" }],
      nextDueAt: null,
    });
  });

  it("only the owner of the unit accepts: a tenant of their own unit is refused by the rule", async () => {
    const order = await quoted({ unitId: globalId("Unit", world.tenantUnitId) }, tokens.tenant);
    const result = await mutate(api, "repairAcceptQuote", tokens.tenant, { repairOrderId: order.id });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ROLE_NOT_ALLOWED" });
    // The tenant cannot even see the owner's orders.
    const owners = await quoted();
    const hidden = await mutate(api, "repairAcceptQuote", tokens.tenant, { repairOrderId: owners.id });
    expect(hidden).toMatchObject({ __typename: "NotFoundError", path: ["input", "repairOrderId"] });
  });

  it("a stale expectedVersion is a conflict", async () => {
    const order = await quoted();
    const result = await mutate(api, "repairAcceptQuote", tokens.owner, {
      repairOrderId: order.id,
      expectedVersion: 1,
    });
    expect(result).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
  });

  it("a manager publishes the estate's price list; quotes are taken from it", async () => {
    const PUBLISH = `mutation ($input: RepairPriceListPublishInput!) { repairPriceListPublish(input: $input) {
      __typename ... on RepairPriceListPublishPayload { priceList { id published items { code price } } }
      ... on Error { code path } } }`;
    const items = [
      { code: "L-HOUR", name: "维修人工", kind: "labour", unit: "小时", price: "60.00" },
      { code: "M-VALVE", name: "角阀", kind: "materials", unit: "个", price: "30.00" },
    ];
    const input = { estateId: globalId("Estate", world.estateId), id: "2026-春", items };
    const refused = await api.graphql<{ repairPriceListPublish: Json }>(PUBLISH, {
      token: tokens.engineering,
      variables: { input },
    });
    expect(refused.data?.repairPriceListPublish).toMatchObject({ __typename: "ForbiddenError" });
    const duplicate = await api.graphql<{ repairPriceListPublish: Json }>(PUBLISH, {
      token: tokens.manager,
      variables: { input: { ...input, items: [items[0], items[0]] } },
    });
    expect(duplicate.data?.repairPriceListPublish).toMatchObject({
      __typename: "ValidationError",
      path: ["input", "items"],
    });
    const published = await api.graphql<{ repairPriceListPublish: Json }>(PUBLISH, {
      token: tokens.manager,
      variables: { input },
    });
    expect(published.data?.repairPriceListPublish).toMatchObject({
      priceList: {
        id: "2026-春",
        published: true,
        items: [
          { code: "L-HOUR", price: "60.00" },
          { code: "M-VALVE", price: "30.00" },
        ],
      },
    });
    const read = await api.graphql<{ repairPriceList: Json }>(
      "query ($id: ID!) { repairPriceList(estateId: $id) { id published } }",
      { token: tokens.owner, variables: { id: globalId("Estate", world.estateId) } },
    );
    expect(read.data?.repairPriceList).toEqual({ id: "2026-春", published: true });
    const order = await quoted();
    expect(order.quote).toMatchObject({ priceListId: "2026-春", total: "120.00" });
    // The estate's other policy settings are untouched.
    const estate = await api.db.prisma.estate.findUniqueOrThrow({ where: { id: world.estateId } });
    expect(Object.keys(estate.policy as Json)).toContain("repairPriceList");
  });
});

describe("withdrawing, and who sees which orders", () => {
  it("a tenant withdraws their own request before work starts", async () => {
    const order = await registered({ unitId: globalId("Unit", world.tenantUnitId) }, tokens.tenant);
    const result = await mutate(api, "repairWithdraw", tokens.tenant, {
      repairOrderId: order.id,
      reason: "已自行处理",
    });
    expect(result.repairOrder).toMatchObject({ status: "withdrawn", withdrawnReason: "已自行处理" });
    const blank = await mutate(api, "repairWithdraw", tokens.tenant, { repairOrderId: order.id, reason: "" });
    expect(blank).toMatchObject({ __typename: "ValidationError", path: ["input", "reason"] });
  });

  it("owners see their units' orders, staff the estate's; others' orders are not found through node", async () => {
    const order = await registered();
    const count = async (token: string | undefined) =>
      (
        await api.graphql<{ repairOrders: { totalCount: number } }>(
          "{ repairOrders(first: 1) { totalCount } }",
          {
            token,
          },
        )
      ).data?.repairOrders.totalCount;
    const all = await api.db.prisma.repairOrder.count({ where: { estateId: world.estateId } });
    const owners = await api.db.prisma.repairOrder.count({ where: { unitId: world.ownerUnitId } });
    expect(await count(tokens.cashier)).toBe(all);
    expect(await count(tokens.owner)).toBe(owners);
    const tenants = await api.db.prisma.repairOrder.count({ where: { unitId: world.tenantUnitId } });
    expect(await count(tokens.tenant)).toBe(tenants);
    const node = async (token: string | undefined) =>
      (
        await api.graphql<{ node: Json | null }>("query ($id: ID!) { node(id: $id) { id } }", {
          token,
          variables: { id: order.id },
        })
      ).data?.node;
    expect(await node(tokens.owner)).toEqual({ id: order.id });
    expect(await node(tokens.tenant)).toBeNull();
    const keyed = await api.graphql("{ repairOrders(first: 1) { totalCount } }", { token: tokens.apiKey });
    expect(keyed.errors?.[0]?.extensions?.code).toBe("API_FORBIDDEN");
  });

  it("another estate's orders are not found, even by its id", async () => {
    const other = await api.db.prisma.repairOrder.create({
      data: {
        estateId: world.otherEstateId,
        unitId: world.otherUnitId,
        number: "R-OTHER-1",
        requesterName: "某人",
        description: "x",
        requestedAt: now,
      },
    });
    const result = await mutate(api, "repairRespond", tokens.customer_service, {
      repairOrderId: globalId("RepairOrder", other.id),
      onSiteNow: false,
    });
    expect(result).toMatchObject({ __typename: "NotFoundError", path: ["input", "repairOrderId"] });
  });
});

describe("R-REP-1/2 overdue orders", () => {
  it("filters the orders whose next deadline has passed", async () => {
    const order = await registered();
    const overdue = async (flag: boolean) =>
      (
        await api.graphql<{ repairOrders: { edges: { node: { id: string; overdue: boolean } }[] } }>(
          "query ($flag: Boolean) { repairOrders(first: 100, filter: { overdue: $flag }) { edges { node { id overdue } } } }",
          { token: tokens.manager, variables: { flag } },
        )
      ).data?.repairOrders.edges.map((e) => e.node.id) ?? [];
    expect(await overdue(false)).toContain(order.id);
    expect(await overdue(true)).not.toContain(order.id);
    await later(16 * MINUTE);
    expect(await overdue(true)).toContain(order.id);
    expect(await overdue(false)).not.toContain(order.id);
    const read = await api.graphql<{ node: Json }>(
      "query ($id: ID!) { node(id: $id) { ... on RepairOrder { overdue deadlines { step state } } } }",
      { token: tokens.manager, variables: { id: order.id } },
    );
    expect(read.data?.node).toMatchObject({
      overdue: true,
      deadlines: [
        { step: "response", state: "overdue" },
        { step: "completion", state: "pending" },
      ],
    });
  });
});
