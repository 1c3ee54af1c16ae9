import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setPassword } from "../src/services/auth.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, login, tokensFor, type World } from "./support/world.ts";

/**
 * Owners' assembly 业主大会 (R-GOV-1) and the special maintenance fund 专项维修资金 (R-GOV-2), over
 * HTTP. The estate's register: the world's owner (3-0101, 89.37 m²); the tenant's unit 3-0102
 * (76.20 m², no owner: the developer's); Bai, who owns 3-0201 and 3-0202 (200 m²); Chen and Du,
 * co-owners of 3-0301 (120 m²). Four owners, 485.57 m².
 */

/** Saturday 21 November 2026, 10:00 in Shanghai. */
const clock = { now: new Date("2026-11-21T02:00:00.000Z") };

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
const owners: Record<"bai" | "chen" | "du", string> = { bai: "", chen: "", du: "" };
const PHONES = { bai: "13955550001", chen: "13955550002", du: "13955550003" } as const;

/** Moves the clock and logs everyone in again (access tokens last 15 minutes). */
async function travel(iso: string) {
  clock.now = new Date(iso);
  tokens = await tokensFor(api, world);
  for (const name of ["bai", "chen", "du"] as const)
    owners[name] = (await login(api, PHONES[name])).accessToken;
}

type Json = Record<string, unknown>;
type Result = Json & { __typename: string };

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const VOTE_FIELDS = `id status version matter majority electorate { owners area } ballotCount myBallot valid passed
  tally { valid passed majority participation { owners area } for { owners area } against { owners } abstain { owners }
    checks { check counted outOf threshold met messageZh } messageZh }
  history { edges { node { action fromState toState actorRole } } }`;
const USE_FIELDS = `id status amount purpose emergencyReason notice paidAt publishedAt vote { id } facility { name }
  history { edges { node { action toState } } }`;

async function mutate(field: string, token: string | undefined, input: Json): Promise<Result> {
  const Name = upperFirst(field);
  const selection = field.startsWith("assemblyVote")
    ? `assemblyVote { ${VOTE_FIELDS} }`
    : field === "maintenanceFundContribute"
      ? "entry { kind amount reason } balance"
      : `maintenanceFundUse { ${USE_FIELDS} }`;
  const result = await api.graphql<Record<string, Result>>(
    `mutation ($input: ${Name}Input!) { ${field}(input: $input) {
      __typename
      ... on ${Name}Payload { ${selection} }
      ... on Error { code message messageZh path }
      ... on RefusalError { rule refusals { code rule path message messageZh } }
    } }`,
    { token, variables: { input } },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![field]!;
}

const codes = (result: Result) =>
  ((result.refusals as { code: string }[] | undefined) ?? []).map((r) => r.code);
const vote = (result: Result) => result.assemblyVote as Json & { id: string };
const use = (result: Result) => result.maintenanceFundUse as Json & { id: string };

async function ownerLogin(name: string, phone: string, units: readonly { id: string }[]) {
  const prisma = api.db.prisma;
  const person = await prisma.person.create({ data: { companyId: world.companyId, name, phone } });
  for (const unit of units) {
    await prisma.occupancy.create({
      data: { unitId: unit.id, personId: person.id, role: "owner", startDate: new Date("2025-03-01") },
    });
  }
  const user = await prisma.user.create({
    data: { companyId: world.companyId, kind: "owner", name, phone, personId: person.id },
  });
  await setPassword(prisma, user.id, phone, "correct horse battery staple");
  return (await login(api, phone)).accessToken;
}

async function openVote(input: Json = {}) {
  const result = await mutate("assemblyVoteOpen", tokens.manager, {
    estateId: globalId("Estate", world.estateId),
    title: "使用维修资金更换3栋1号电梯曳引机",
    matter: "maintenanceFund",
    opensOn: "2026-11-21",
    closesOn: "2026-11-30",
    ...input,
  });
  expect(result.__typename, JSON.stringify(result)).toBe("AssemblyVoteOpenPayload");
  return vote(result);
}

const cast = (token: string | undefined, voteId: string, choice: string) =>
  mutate("assemblyVoteCast", token, { voteId, choice });

beforeAll(async () => {
  api = await startTestApi({ now: () => clock.now });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
  const prisma = api.db.prisma;
  const unit = (number: string, area: string) =>
    prisma.unit.create({
      data: {
        estateId: world.estateId,
        buildingId: world.buildingId,
        number,
        buildingArea: area,
        status: "occupied",
      },
    });
  const [b1, b2, c] = [
    await unit("3-0201", "100.00"),
    await unit("3-0202", "100.00"),
    await unit("3-0301", "120.00"),
  ];
  owners.bai = await ownerLogin("白先生", PHONES.bai, [b1, b2]);
  owners.chen = await ownerLogin("陈女士", PHONES.chen, [c]);
  owners.du = await ownerLogin("杜先生", PHONES.du, [c]);
});
afterAll(async () => {
  await api?.close();
});

describe("R-GOV-1 opening a vote fixes the register of owners", () => {
  it("counts each owner once, co-owners together, unsold units for the developer", async () => {
    const opened = await openVote();
    expect(opened).toMatchObject({
      status: "voting",
      matter: "maintenanceFund",
      majority: "special",
      electorate: { owners: 4, area: "485.57" },
      ballotCount: 0,
      tally: null,
    });
    expect(opened.history).toEqual({
      edges: [{ node: { action: "open", fromState: "draft", toState: "voting", actorRole: "manager" } }],
    });
  });

  it("refuses a period that ends before it starts, and a blank title", async () => {
    const backwards = await mutate("assemblyVoteOpen", tokens.manager, {
      estateId: globalId("Estate", world.estateId),
      title: "改建自行车棚",
      matter: "rebuilding",
      opensOn: "2026-11-21",
      closesOn: "2026-11-20",
    });
    expect(backwards.__typename).toBe("RefusalError");
    expect(codes(backwards)).toEqual(["GOV_INVALID_PERIOD"]);
    const blank = await mutate("assemblyVoteOpen", tokens.manager, {
      estateId: globalId("Estate", world.estateId),
      title: " ",
      matter: "other",
      opensOn: "2026-11-21",
      closesOn: "2026-11-30",
    });
    expect(blank).toMatchObject({ __typename: "ValidationError", path: ["input", "title"] });
  });

  it("is the manager's: another estate is not found, other roles are forbidden", async () => {
    const input = {
      estateId: globalId("Estate", world.otherEstateId),
      title: "选聘物业",
      matter: "serviceProvider",
      opensOn: "2026-11-21",
      closesOn: "2026-11-30",
    };
    expect((await mutate("assemblyVoteOpen", tokens.manager, input)).__typename).toBe("NotFoundError");
    const desk = await mutate("assemblyVoteOpen", tokens.customer_service, {
      ...input,
      estateId: globalId("Estate", world.estateId),
    });
    expect(desk.__typename).toBe("ForbiddenError");
  });
});

describe("R-GOV-1 ballots: owners only, one per owner", () => {
  it("takes one ballot per owner for all their units, and one for co-owners", async () => {
    const { id } = await openVote({ title: "选举业主委员会", matter: "committeeElection" });
    const first = await cast(owners.bai, id, "for");
    expect(vote(first)).toMatchObject({ ballotCount: 1, myBallot: "for" });
    const again = await cast(owners.bai, id, "against");
    expect(again.__typename).toBe("RefusalError");
    expect(codes(again)).toEqual(["GOV_ALREADY_VOTED"]);
    expect((await cast(owners.chen, id, "abstain")).__typename).toBe("AssemblyVoteCastPayload");
    const coOwner = await cast(owners.du, id, "for");
    expect(codes(coOwner)).toEqual(["GOV_ALREADY_VOTED"]);
    // Du sees the ballot his co-owner cast for their unit.
    const seen = await api.graphql<{ node: Json }>(
      "query ($id: ID!) { node(id: $id) { ... on AssemblyVote { myBallot ballotCount } } }",
      { token: owners.du, variables: { id } },
    );
    expect(seen.data?.node).toEqual({ myBallot: "abstain", ballotCount: 2 });
  });

  it("refuses a second ballot sent at the same instant (the unique key decides)", async () => {
    const { id } = await openVote({ title: "改变共有部分用途", matter: "commonPartsUse" });
    const results = await Promise.all([cast(owners.bai, id, "for"), cast(owners.bai, id, "against")]);
    const typenames = results.map((r) => r.__typename).sort();
    expect(typenames).toEqual(["AssemblyVoteCastPayload", "RefusalError"]);
    expect(codes(results.find((r) => r.__typename === "RefusalError")!)).toEqual(["GOV_ALREADY_VOTED"]);
    expect(
      await api.db.prisma.assemblyBallot.count({
        where: { voteId: Buffer.from(id, "base64").toString().split(":")[1] },
      }),
    ).toBe(1);
  });

  it("lets no tenant or staff vote, and shows tenants no votes", async () => {
    const { id } = await openVote({ title: "其他事项", matter: "other" });
    expect((await cast(tokens.tenant, id, "for")).__typename).toBe("ForbiddenError");
    expect((await cast(tokens.manager, id, "for")).__typename).toBe("ForbiddenError");
    const list = "{ assemblyVotes(first: 50) { totalCount } }";
    const tenant = await api.graphql<{ assemblyVotes: { totalCount: number } }>(list, {
      token: tokens.tenant,
    });
    expect(tenant.data?.assemblyVotes.totalCount).toBe(0);
    const owner = await api.graphql<{ assemblyVotes: { totalCount: number } }>(list, { token: tokens.owner });
    expect(owner.data?.assemblyVotes.totalCount).toBeGreaterThan(0);
    const byNode = await api.graphql<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", {
      token: tokens.tenant,
      variables: { id },
    });
    expect(byNode.data?.node).toBeNull();
    const unknown = await cast(
      owners.bai,
      globalId("AssemblyVote", "00000000-0000-7000-8000-000000000099"),
      "for",
    );
    expect(unknown.__typename).toBe("NotFoundError");
  });
});

/** The votes the fund tests rest on: one passed on the maintenance fund, one that failed. */
const votes = { passed: "", failed: "" };

describe("R-GOV-1 a vote in preparation", () => {
  it("is the office's until it opens: staff see a draft, owners see it neither listed nor by id", async () => {
    const draft = await api.db.prisma.assemblyVote.create({
      data: {
        estateId: world.estateId,
        title: "业主委员会换届选举",
        matter: "committeeElection",
        opensOn: new Date("2026-12-01"),
        closesOn: new Date("2026-12-15"),
        electorateOwners: 4,
        electorateArea: "485.57",
      },
    });
    const id = globalId("AssemblyVote", draft.id);
    const seen = async (token: string | undefined) => {
      const result = await api.graphql<{
        assemblyVotes: { edges: { node: { id: string } }[] };
        node: unknown;
      }>(`query ($id: ID!) { assemblyVotes(first: 50) { edges { node { id } } } node(id: $id) { id } }`, {
        token,
        variables: { id },
      });
      expect(result.errors).toBeUndefined();
      return {
        listed: result.data!.assemblyVotes.edges.some((e) => e.node.id === id),
        byId: result.data!.node !== null,
      };
    };
    expect(await seen(tokens.manager)).toEqual({ listed: true, byId: true });
    expect(await seen(owners.bai)).toEqual({ listed: false, byId: false });
    await api.db.prisma.assemblyVote.delete({ where: { id: draft.id } });
  });
});

describe("R-GOV-1 closing and counting", () => {
  it("refuses closing early while owners have not voted", async () => {
    votes.passed = (await openVote({ title: "使用维修资金更换电梯曳引机" })).id;
    votes.failed = (await openVote({ title: "使用维修资金改造屋面" })).id;
    await cast(tokens.owner!, votes.passed, "for");
    await cast(owners.bai, votes.passed, "for");
    await cast(owners.chen, votes.passed, "for");
    await cast(tokens.owner!, votes.failed, "for");
    await cast(owners.bai, votes.failed, "against");
    await cast(owners.du, votes.failed, "for");
    const early = await mutate("assemblyVoteClose", tokens.manager, { voteId: votes.passed });
    expect(codes(early)).toEqual(["GOV_VOTE_STILL_OPEN"]);
  });

  it("closes after the period with the tally, and takes no more ballots", async () => {
    await travel("2026-12-01T02:00:00.000Z");
    const closed = vote(await mutate("assemblyVoteClose", tokens.manager, { voteId: votes.passed }));
    expect(closed).toMatchObject({ status: "closed", valid: true, passed: true });
    expect(closed.tally).toMatchObject({
      majority: "special",
      participation: { owners: 3, area: "409.37" },
      for: { owners: 3, area: "409.37" },
    });
    expect((closed.tally as { checks: Json[] }).checks[0]).toMatchObject({
      check: "participationArea",
      counted: "409.37",
      outOf: "485.57",
      threshold: "at least 2/3",
      met: true,
    });
    const failed = vote(await mutate("assemblyVoteClose", tokens.manager, { voteId: votes.failed }));
    // 289.37 of 409.37 m² for (70.68%), 2 of 3 owners: below 3/4.
    expect(failed).toMatchObject({ valid: true, passed: false });
    // Every reason at once: the vote is closed, and this owner had voted already.
    const late = await cast(tokens.owner!, votes.failed, "for");
    expect(codes(late)).toEqual(["GOV_VOTE_NOT_OPEN", "GOV_ALREADY_VOTED"]);
    const twice = await mutate("assemblyVoteClose", tokens.manager, { voteId: votes.passed });
    expect(codes(twice)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
  });
});

describe("R-GOV-2 the maintenance fund", () => {
  const estateId = () => globalId("Estate", world.estateId);
  let lift = "";
  let roof = "";

  beforeAll(async () => {
    const facility = (name: string, warrantyUntil: string) =>
      api.db.prisma.facility.create({
        data: { estateId: world.estateId, type: "elevator", name, warrantyUntil: new Date(warrantyUntil) },
      });
    lift = globalId("Facility", (await facility("3栋1号电梯", "2026-06-30")).id);
    roof = globalId("Facility", (await facility("3栋屋面防水", "2027-06-30")).id);
  });

  const balance = async (token: string | undefined) =>
    (
      await api.graphql<{ maintenanceFundBalance: string | null }>(
        "query ($id: ID!) { maintenanceFundBalance(estateId: $id) }",
        { token, variables: { id: estateId() } },
      )
    ).data?.maintenanceFundBalance;

  it("records contributions once per idempotency key; owners see the balance, tenants do not", async () => {
    const input = {
      estateId: estateId(),
      amount: "50000.00",
      reason: "2026年度交存",
      idempotencyKey: "fund-2026-0001",
    };
    const first = await mutate("maintenanceFundContribute", tokens.finance, input);
    expect(first).toMatchObject({ entry: { kind: "contribution", amount: "50000.00" }, balance: "50000.00" });
    const retry = await mutate("maintenanceFundContribute", tokens.finance, input);
    expect(retry).toMatchObject({ balance: "50000.00" });
    const reused = await mutate("maintenanceFundContribute", tokens.finance, { ...input, amount: "1.00" });
    expect(reused.__typename).toBe("ConflictError");
    const zero = await mutate("maintenanceFundContribute", tokens.finance, {
      ...input,
      amount: "0.00",
      idempotencyKey: null,
    });
    expect(zero).toMatchObject({ __typename: "ValidationError", path: ["input", "amount"] });
    expect(await balance(tokens.owner)).toBe("50000.00");
    expect(await balance(tokens.tenant)).toBeNull();
  });

  it("approves, pays and publishes a use backed by a passed vote", async () => {
    const proposed = await mutate("maintenanceFundUsePropose", tokens.engineering, {
      facilityId: lift,
      amount: "48000.00",
      purpose: "更换曳引机",
      voteId: votes.passed,
    });
    const { id } = use(proposed);
    const approved = await mutate("maintenanceFundUseApprove", tokens.manager, { fundUseId: id });
    expect(use(approved).status, JSON.stringify(approved)).toBe("approved");
    expect((await mutate("maintenanceFundUsePay", tokens.manager, { fundUseId: id })).__typename).toBe(
      "ForbiddenError",
    );
    const [paid, again] = await Promise.all([
      mutate("maintenanceFundUsePay", tokens.finance, { fundUseId: id }),
      mutate("maintenanceFundUsePay", tokens.finance, { fundUseId: id }),
    ]);
    const outcomes = [paid, again].map((r) => r.__typename).sort();
    expect(outcomes[0]).toBe("MaintenanceFundUsePayPayload");
    expect(["ConflictError", "RefusalError"]).toContain(outcomes[1]);
    expect(await balance(tokens.finance)).toBe("2000.00");
    const blank = await mutate("maintenanceFundUsePublish", tokens.customer_service, {
      fundUseId: id,
      notice: " ",
    });
    expect(codes(blank)).toEqual(["GOV_FUND_NOTICE_MISSING"]);
    const published = use(
      await mutate("maintenanceFundUsePublish", tokens.customer_service, {
        fundUseId: id,
        notice: "3栋1号电梯更换曳引机，经业主大会表决通过，使用维修资金 48,000.00 元",
      }),
    );
    expect(published).toMatchObject({
      status: "published",
      amount: "48000.00",
      facility: { name: "3栋1号电梯" },
    });
    expect(
      (published.history as { edges: { node: { action: string } }[] }).edges.map((e) => e.node.action),
    ).toEqual(["propose", "approve", "pay", "publish"]);
    const entries = await api.graphql<{ maintenanceFundEntries: { edges: { node: Json }[] } }>(
      "query ($id: ID!) { maintenanceFundEntries(estateId: $id, first: 10) { edges { node { kind amount } } } }",
      { token: tokens.owner, variables: { id: estateId() } },
    );
    expect(entries.data?.maintenanceFundEntries.edges.map((e) => e.node)).toEqual([
      { kind: "use", amount: "48000.00" },
      { kind: "contribution", amount: "50000.00" },
    ]);
  });

  it("refuses a part under warranty, no vote, a failed vote, more than the balance", async () => {
    const propose = async (input: Json) =>
      use(
        await mutate("maintenanceFundUsePropose", tokens.manager, {
          purpose: "维修",
          amount: "1000.00",
          ...input,
        }),
      ).id;
    const approve = async (id: string) =>
      mutate("maintenanceFundUseApprove", tokens.manager, { fundUseId: id });
    expect(codes(await approve(await propose({ facilityId: roof })))).toEqual([
      "GOV_FUND_UNDER_WARRANTY",
      "GOV_FUND_VOTE_MISSING",
    ]);
    expect(codes(await approve(await propose({ facilityId: lift, voteId: votes.failed })))).toEqual([
      "GOV_FUND_VOTE_NOT_PASSED",
    ]);
    const tooMuch = await approve(
      await propose({ facilityId: lift, voteId: votes.passed, amount: "2000.01" }),
    );
    expect(codes(tooMuch)).toEqual(["GOV_FUND_INSUFFICIENT_BALANCE"]);
    expect((tooMuch.refusals as Json[])[0]).toMatchObject({ rule: "R-GOV-2" });
  });

  it("allows emergency use only where the estate's local rules do", async () => {
    const id = use(
      await mutate("maintenanceFundUsePropose", tokens.manager, {
        facilityId: lift,
        amount: "1500.00",
        purpose: "电梯困人抢修",
        emergencyReason: "电梯停运，危及安全",
      }),
    ).id;
    const refused = await mutate("maintenanceFundUseApprove", tokens.manager, { fundUseId: id });
    expect(codes(refused)).toEqual(["GOV_FUND_EMERGENCY_NOT_ALLOWED"]);
    await api.db.prisma.estate.update({
      where: { id: world.estateId },
      data: { policy: { maintenanceFund: { emergencyUseAllowed: true } } },
    });
    const approved = await mutate("maintenanceFundUseApprove", tokens.manager, { fundUseId: id });
    expect(use(approved)).toMatchObject({ status: "approved", emergencyReason: "电梯停运，危及安全" });
    const withdrawn = await mutate("maintenanceFundUseWithdraw", tokens.manager, {
      fundUseId: id,
      reason: "开发商承担",
    });
    expect(use(withdrawn).status).toBe("withdrawn");
  });

  it("hides a fund use from another estate's staff and from tenants", async () => {
    const list = "{ maintenanceFundUses(first: 50) { totalCount } }";
    const tenant = await api.graphql<{ maintenanceFundUses: { totalCount: number } }>(list, {
      token: tokens.tenant,
    });
    expect(tenant.data?.maintenanceFundUses.totalCount).toBe(0);
    const unknown = await mutate("maintenanceFundUseApprove", tokens.manager, {
      fundUseId: globalId("MaintenanceFundUse", "00000000-0000-7000-8000-000000000098"),
    });
    expect(unknown.__typename).toBe("NotFoundError");
  });
});

describe("N+1: vote and fund-use lists cost the same at 2 and at 50", () => {
  async function statements(token: string | undefined, query: string, first: number) {
    api.sql.length = 0;
    await api.graphql("{ viewer { role } }", { token });
    const authentication = api.sql.length;
    api.sql.length = 0;
    const result = await api.graphql(query, { token, variables: { first } });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return api.sql.slice(authentication).length;
  }

  it("votes → estate, ballot count, the viewer's ballot, tally, history; uses → facility, vote, history", async () => {
    const votesQuery = `query ($first: Int!) { assemblyVotes(first: $first) { totalCount edges { node {
      estate { name } ballotCount myBallot tally { passed checks { met } } history { edges { node { action } } }
    } } } }`;
    const usesQuery = `query ($first: Int!) { maintenanceFundUses(first: $first) { edges { node {
      amount facility { name } vote { title passed } history { edges { node { action } } }
    } } } }`;
    for (const query of [votesQuery, usesQuery]) {
      expect(await statements(owners.bai, query, 50)).toBe(await statements(owners.bai, query, 2));
    }
  });
});
