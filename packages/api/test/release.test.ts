import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/** Release passes 物品放行条 from the desk to the gate and the archive (R-REL-1…5), over HTTP. */

/** Saturday 21 November 2026, 10:00 in Shanghai; tests move it. */
const START = new Date("2026-11-21T02:00:00.000Z");
const clock = { now: START };

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

type Json = Record<string, unknown>;
type Result = Json & { __typename: string; releasePass?: Json & { id: string; status: string } };

const PASS_FIELDS = `fragment PassFields on ReleasePass {
  id number status version reason carrierName carrierRelation carrierIdNumber carrierCompany companyGoods flagged
  requestedAt approvedAt releasedAt archivedAt refusalReason
  unit { number }
  items { position description quantity category }
  ownerConsent { calledAt calledBy contactName phone outcome answer }
  companyConsent { outcome }
  decision { outcome date rules ownerConsentRequired companyConsentRequired settledAccountRequired flags { count message messageZh } }
  accountStatement { asOf total outstanding { kind label amount } }
  refusals { code }
  deskOfficerSignature { name } carrierSignature { name } ownerSignature { name }
  printedLines { line struckThrough description quantity }
  history { edges { node { action fromState toState actorRole } } }
}`;

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

async function mutate(field: string, token: string | undefined, input: Json): Promise<Result> {
  const Name = upperFirst(field);
  const result = await api.graphql<Record<string, Result>>(
    `mutation ($input: ${Name}Input!) { ${field}(input: $input) {
      __typename
      ... on ${Name}Payload { releasePass { ...PassFields } ${field === "releasePassRequest" ? "passRequired" : ""} }
      ... on Error { code message messageZh path }
      ... on RefusalError { rule refusals { code rule path message messageZh } }
    } } ${PASS_FIELDS}`,
    { token, variables: { input } },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![field]!;
}

const codes = (result: Result) =>
  ((result.refusals as { code: string }[] | undefined) ?? []).map((r) => r.code);
const actions = (pass: Json | undefined) =>
  ((pass?.history as { edges: { node: { action: string } }[] } | undefined)?.edges ?? []).map(
    (e) => e.node.action,
  );

const sofa = { description: "三人沙发", category: "furniture", quantity: 1 };
const fridge = { description: "冰箱", category: "appliance", quantity: 1 };
const carrier = (relation: string, extra: Json = {}) => ({
  name: relation === "owner" ? "owner person" : "赵敏",
  identityNumber: "310101199201011234",
  relation,
  ...extra,
});
const consent = (outcome: string, extra: Json = {}) => ({
  contactName: "王伟",
  phone: "13812345678",
  outcome,
  answer: outcome === "agreed" ? "同意搬走" : "不同意",
  ...extra,
});
const unit = (id: string) => globalId("Unit", id);

async function request(input: Json, token = tokens.customer_service) {
  const result = await mutate("releasePassRequest", token, input);
  expect(result.__typename, JSON.stringify(result)).toBe("ReleasePassRequestPayload");
  return result.releasePass!.id;
}

async function travel(iso: string | Date) {
  clock.now = new Date(iso);
  tokens = await tokensFor(api, world);
}

/** Two bills for the tenant's unit: property fees and water collected for the utility. */
async function billTenantUnit() {
  const prisma = api.db.prisma;
  const property = await prisma.feeItem.create({
    data: { estateId: world.estateId, code: "PROPERTY", name: "物业服务费", kind: "area" },
  });
  const water = await prisma.feeItem.create({
    data: { estateId: world.estateId, code: "WATER", name: "水费", kind: "metered", collectedOnBehalf: true },
  });
  const lines = [];
  for (const [item, amount, number] of [
    [property, "175.26", "B-REL-1"],
    [water, "35.40", "B-REL-2"],
  ] as const) {
    const standard = await prisma.feeStandard.create({
      data: { feeItemId: item.id, unitPrice: "2.3000", effectiveFrom: new Date("2025-01-01") },
    });
    const bill = await prisma.bill.create({
      data: {
        estateId: world.estateId,
        unitId: world.tenantUnitId,
        number,
        periodStart: new Date("2026-10-01"),
        periodEnd: new Date("2026-10-31"),
        issuedOn: new Date("2026-10-01"),
        dueDate: new Date("2026-10-31"),
        total: amount,
        lines: {
          create: {
            feeItemId: item.id,
            feeStandardId: standard.id,
            periodStart: new Date("2026-10-01"),
            periodEnd: new Date("2026-10-31"),
            quantity: "1.0000",
            unitPrice: amount,
            amount,
            basis: "test",
          },
        },
      },
      include: { lines: true },
    });
    lines.push({ lineId: bill.lines[0]!.id, amount });
  }
  return lines;
}

/** The cashier takes the money: a payment allocated to each line (R-FEE-6). */
async function settleLines(lines: readonly { lineId: string; amount: string }[]) {
  for (const line of lines) {
    const payment = await api.db.prisma.payment.create({
      data: {
        estateId: world.estateId,
        unitId: world.tenantUnitId,
        amount: line.amount,
        method: "cash",
        receivedAt: clock.now,
        reason: "test settlement",
        createdById: world.userIds.cashier!,
      },
    });
    await api.db.prisma.paymentAllocation.create({
      data: {
        billLineId: line.lineId,
        paymentId: payment.id,
        amount: line.amount,
        reason: "test settlement",
        createdById: world.userIds.cashier!,
      },
    });
  }
}

let tenantLines: { lineId: string; amount: string }[];

beforeAll(async () => {
  api = await startTestApi({ now: () => clock.now });
  world = await createWorld(api.db.prisma);
  tenantLines = await billTenantUnit();
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});
beforeEach(async () => {
  if (clock.now !== START) await travel(START);
});

describe("R-REL-1…5 a tenant moves out: from the desk to the gate and the archive", () => {
  it("refused until the unit's account is settled to today; then approved, released, archived", async () => {
    const passId = await request({
      unitId: unit(world.tenantUnitId),
      carrier: carrier("tenant"),
      items: [sofa, fridge],
      reason: "movingOut",
    });
    const phoned = await mutate("releasePassRecordConsent", tokens.customer_service, {
      passId,
      party: "owner",
      ...consent("agreed"),
    });
    expect(phoned.releasePass).toMatchObject({
      status: "requested",
      ownerConsent: {
        outcome: "agreed",
        calledBy: "staff customer_service",
        phone: "13812345678",
        answer: "同意搬走",
      },
    });

    const owing = await mutate("releasePassApprove", tokens.customer_service, { passId });
    expect(owing).toMatchObject({ __typename: "RefusalError", rule: "R-REL-3" });
    expect(codes(owing)).toEqual(["REL_UNSETTLED_BALANCE"]);
    expect(owing.messageZh).toBe(
      "搬家迁出须结清所欠费用：尚欠 ¥210.66（物业费 ¥175.26，代收水电气费 ¥35.40）",
    );

    await settleLines(tenantLines);
    const approved = await mutate("releasePassApprove", tokens.manager, { passId });
    expect(approved.releasePass).toMatchObject({
      status: "approved",
      flagged: false,
      decision: {
        outcome: "allow",
        date: "2026-11-21",
        rules: ["R-REL-1", "R-REL-2", "R-REL-3", "R-REL-4"],
        ownerConsentRequired: true,
        settledAccountRequired: true,
      },
      accountStatement: { asOf: "2026-11-21", total: "0.00", outstanding: [] },
    });

    const released = await mutate("releasePassRelease", tokens.security, {
      passId,
      deskOfficerSignature: { name: "客服 李" },
      carrierSignature: { name: "赵敏" },
      blankLinesStruckThrough: true,
      itemsMatchPass: true,
    });
    expect(released.releasePass).toMatchObject({
      status: "released",
      releasedAt: START.toISOString(),
      deskOfficerSignature: { name: "客服 李" },
      ownerSignature: null,
    });
    const lines = released.releasePass!.printedLines as {
      struckThrough: boolean;
      description: string | null;
    }[];
    expect(lines.map((l) => (l.struckThrough ? "—" : l.description))).toEqual([
      "三人沙发",
      "冰箱",
      "—",
      "—",
      "—",
    ]);

    const archived = await mutate("releasePassArchive", tokens.archivist, { passId });
    expect(archived.releasePass?.status).toBe("archived");
    expect(actions(archived.releasePass)).toEqual([
      "request",
      "recordConsent",
      "approve",
      "release",
      "archive",
    ]);
  });
});

describe("R-REL-2/3/4 the desk's decision gives every reason", () => {
  it("no identity number, no consent, a balance owed: all at once; the refusal keeps them", async () => {
    const passId = await request({
      unitId: unit(world.tenantUnitId),
      carrier: carrier("familyMember", { identityNumber: " " }),
      items: [sofa],
      reason: "movingOut",
    });
    // Bills of another month, unpaid.
    await api.db.prisma.bill.create({
      data: {
        estateId: world.estateId,
        unitId: world.tenantUnitId,
        number: "B-REL-3",
        periodStart: new Date("2026-11-01"),
        periodEnd: new Date("2026-11-30"),
        issuedOn: new Date("2026-11-01"),
        dueDate: new Date("2026-11-30"),
        total: "175.26",
        lines: {
          create: {
            feeItemId: (
              await api.db.prisma.feeItem.findFirstOrThrow({
                where: { code: "PROPERTY", estateId: world.estateId },
              })
            ).id,
            feeStandardId: (
              await api.db.prisma.feeStandard.findFirstOrThrow({
                where: { feeItem: { code: "PROPERTY", estateId: world.estateId } },
              })
            ).id,
            periodStart: new Date("2026-11-01"),
            periodEnd: new Date("2026-11-30"),
            quantity: "1.0000",
            unitPrice: "175.26",
            amount: "175.26",
            basis: "test",
          },
        },
      },
    });
    const refused = await mutate("releasePassApprove", tokens.customer_service, { passId });
    expect(codes(refused)).toEqual([
      "REL_CARRIER_IDENTITY_MISSING",
      "REL_UNSETTLED_BALANCE",
      "REL_OWNER_CONSENT_MISSING",
    ]);

    const written = await mutate("releasePassRefuse", tokens.customer_service, {
      passId,
      reason: "欠费未结清，业主未确认",
    });
    expect(written.releasePass).toMatchObject({
      status: "refused",
      refusalReason: "欠费未结清，业主未确认",
      refusals: [
        { code: "REL_CARRIER_IDENTITY_MISSING" },
        { code: "REL_UNSETTLED_BALANCE" },
        { code: "REL_OWNER_CONSENT_MISSING" },
      ],
    });
    const archived = await mutate("releasePassArchive", tokens.customer_service, { passId });
    expect(actions(archived.releasePass)).toEqual(["request", "refuse", "archive"]);
  });

  it("the owner unreachable or declining, a call from another day, a company not asked or saying no", async () => {
    const temporary = (relation: string, extra: Json = {}) =>
      request({
        unitId: unit(world.ownerUnitId),
        carrier: carrier(relation),
        items: [sofa],
        reason: "temporary",
        ...extra,
      });
    const approve = async (passId: string) =>
      codes(await mutate("releasePassApprove", tokens.customer_service, { passId }));

    expect(
      await approve(await temporary("domesticWorker", { ownerConsent: consent("unreachable") })),
    ).toEqual(["REL_OWNER_UNREACHABLE"]);
    expect(await approve(await temporary("familyMember", { ownerConsent: consent("declined") }))).toEqual([
      "REL_OWNER_DECLINED",
    ]);
    expect(
      await approve(
        await temporary("tenant", {
          ownerConsent: consent("agreed", { calledAt: "2026-11-20T08:00:00.000Z" }),
        }),
      ),
    ).toEqual(["REL_CONSENT_NOT_TODAY"]);
    const employee = (companyConsent?: Json) =>
      temporary("companyEmployee", {
        carrier: carrier("companyEmployee", { company: "某某科技" }),
        ownerConsent: consent("agreed"),
        ...(companyConsent ? { companyConsent } : {}),
      });
    expect(await approve(await employee())).toEqual(["REL_COMPANY_CONSENT_MISSING"]);
    expect(await approve(await employee(consent("unreachable")))).toEqual(["REL_COMPANY_UNREACHABLE"]);
    expect(await approve(await employee(consent("declined")))).toEqual(["REL_COMPANY_DECLINED"]);
  });

  it("a refusal needs a reason when the rules found none; a call dated after now is malformed", async () => {
    const passId = await request({
      unitId: unit(world.ownerUnitId),
      carrier: carrier("owner"),
      items: [sofa],
      reason: "temporary",
    });
    const blank = await mutate("releasePassRefuse", tokens.customer_service, { passId, reason: " " });
    expect(codes(blank)).toEqual(["REL_REFUSAL_REASON_MISSING"]);
    const byTenant = await request({
      unitId: unit(world.tenantUnitId),
      carrier: carrier("tenant"),
      items: [sofa],
      reason: "temporary",
    });
    const future = await mutate("releasePassRecordConsent", tokens.customer_service, {
      passId: byTenant,
      party: "owner",
      ...consent("agreed", { calledAt: "2026-11-22T02:00:00.000Z" }),
    });
    expect(future).toMatchObject({
      __typename: "ValidationError",
      code: "REL_INVALID_CONSENT",
      path: ["input", "ownerConsent", "calledAt"],
    });
  });
});

describe("R-REL-3/5 at the gate", () => {
  it("every signature, the struck lines and matching items; a move-out approved yesterday is stale", async () => {
    const passId = await request({
      unitId: unit(world.ownerUnitId),
      carrier: carrier("owner"),
      items: [sofa],
      reason: "movingOut",
    });
    const approved = await mutate("releasePassApprove", tokens.customer_service, { passId });
    expect(approved.releasePass?.status).toBe("approved");
    const unsigned = await mutate("releasePassRelease", tokens.security, {
      passId,
      blankLinesStruckThrough: false,
      itemsMatchPass: false,
    });
    expect(codes(unsigned)).toEqual([
      "REL_DESK_SIGNATURE_MISSING",
      "REL_CARRIER_SIGNATURE_MISSING",
      "REL_BLANK_LINES_NOT_STRUCK",
      "REL_ITEMS_DO_NOT_MATCH",
    ]);
    await travel("2026-11-22T02:00:00.000Z");
    const tomorrow = await mutate("releasePassRelease", tokens.security, {
      passId,
      deskOfficerSignature: { name: "客服 李" },
      carrierSignature: { name: "owner person" },
      blankLinesStruckThrough: true,
      itemsMatchPass: true,
    });
    expect(codes(tomorrow)).toEqual(["REL_APPROVAL_OUTDATED"]);
  });

  it("steps out of order and stale copies are refused; only security releases", async () => {
    const passId = await request({
      unitId: unit(world.ownerUnitId),
      carrier: carrier("owner"),
      items: [sofa],
      reason: "temporary",
    });
    const early = await mutate("releasePassRelease", tokens.security, {
      passId,
      blankLinesStruckThrough: true,
      itemsMatchPass: true,
    });
    expect(codes(early)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
    const stale = await mutate("releasePassApprove", tokens.customer_service, { passId, expectedVersion: 3 });
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
    const byDesk = await mutate("releasePassRelease", tokens.customer_service, {
      passId,
      blankLinesStruckThrough: true,
      itemsMatchPass: true,
    });
    expect(byDesk).toMatchObject({ __typename: "ForbiddenError" });
  });
});

describe("R-REL-2 frequent single-item removals are flagged, never refused", () => {
  it("the third single item carried out within 30 days flags the unit", async () => {
    const carryOne = async (day: string) => {
      await travel(`${day}T02:00:00.000Z`);
      const passId = await request({
        unitId: unit(world.ownerUnitId),
        carrier: carrier("owner"),
        items: [{ description: "电脑主机", category: "computer", quantity: 1 }],
        reason: "temporary",
      });
      return mutate("releasePassApprove", tokens.customer_service, { passId });
    };
    expect((await carryOne("2026-11-02")).releasePass?.flagged).toBe(false);
    expect((await carryOne("2026-11-10")).releasePass?.flagged).toBe(false);
    const third = await carryOne("2026-11-20");
    expect(third.releasePass).toMatchObject({ status: "approved", flagged: true });
    expect((third.releasePass!.decision as { flags: { count: number }[] }).flags).toMatchObject([
      { count: 3 },
    ]);
    const flagged = await api.graphql<{ releasePasses: { edges: { node: { id: string } }[] } }>(
      "{ releasePasses(first: 50, filter: { flagged: true }) { edges { node { id } } } }",
      { token: tokens.manager },
    );
    expect(flagged.data?.releasePasses.edges.map((e) => e.node.id)).toEqual([third.releasePass!.id]);
  });
});

describe("requests, input and who sees which passes", () => {
  it("a tenant asks online for their unit; small items carried temporarily need no pass", async () => {
    const asked = await mutate("releasePassRequest", tokens.tenant, {
      unitId: unit(world.tenantUnitId),
      carrier: carrier("tenant"),
      items: [{ description: "雨伞", category: "smallItem", quantity: 2 }],
      reason: "temporary",
    });
    expect(asked).toMatchObject({ __typename: "ReleasePassRequestPayload", passRequired: false });
    expect(asked.releasePass).toMatchObject({
      carrierIdNumber: "310***********1234",
      items: [{ category: "smallItem" }],
    });
    const withConsent = await mutate("releasePassRequest", tokens.tenant, {
      unitId: unit(world.tenantUnitId),
      carrier: carrier("tenant"),
      items: [sofa],
      reason: "temporary",
      ownerConsent: consent("agreed"),
    });
    expect(withConsent).toMatchObject({ __typename: "ForbiddenError" });
    const notTheirs = await mutate("releasePassRequest", tokens.owner, {
      unitId: unit(world.tenantUnitId),
      carrier: carrier("owner"),
      items: [sofa],
      reason: "temporary",
    });
    expect(notTheirs).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
  });

  it("no items, or a quantity below one, is malformed input with its path", async () => {
    const none = await mutate("releasePassRequest", tokens.customer_service, {
      unitId: unit(world.ownerUnitId),
      carrier: carrier("owner"),
      items: [],
      reason: "temporary",
    });
    expect(none).toMatchObject({
      __typename: "ValidationError",
      code: "REL_NO_ITEMS",
      path: ["input", "items"],
    });
    const zero = await mutate("releasePassRequest", tokens.customer_service, {
      unitId: unit(world.ownerUnitId),
      carrier: carrier("owner"),
      items: [{ ...sofa, quantity: 0 }],
      reason: "temporary",
    });
    expect(zero).toMatchObject({
      __typename: "ValidationError",
      code: "REL_INVALID_ITEM",
      path: ["input", "items", "0", "quantity"],
    });
  });

  it("staff see the estate's passes with numbers in full; residents their units' only, masked; node(id:) agrees", async () => {
    const passId = await request({
      unitId: unit(world.tenantUnitId),
      carrier: carrier("tenant"),
      items: [sofa],
      reason: "temporary",
    });
    const read = async (token: string | undefined) =>
      (
        await api.graphql<{ node: Json | null }>(
          "query ($id: ID!) { node(id: $id) { ... on ReleasePass { id carrierIdNumber } } }",
          { token, variables: { id: passId } },
        )
      ).data?.node;
    expect(await read(tokens.customer_service)).toMatchObject({ carrierIdNumber: "310101199201011234" });
    expect(await read(tokens.tenant)).toMatchObject({ carrierIdNumber: "310***********1234" });
    expect(await read(tokens.owner)).toBeNull();
    const count = async (token: string | undefined) =>
      (
        await api.graphql<{ releasePasses: { totalCount: number } }>(
          "{ releasePasses(first: 1) { totalCount } }",
          { token },
        )
      ).data?.releasePasses.totalCount;
    const all = await api.db.prisma.releasePass.count({ where: { estateId: world.estateId } });
    const tenants = await api.db.prisma.releasePass.count({ where: { unitId: world.tenantUnitId } });
    expect(await count(tokens.security)).toBe(all);
    expect(await count(tokens.tenant)).toBe(tenants);
  });
});
