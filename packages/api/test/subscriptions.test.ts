import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ViewerRole } from "../src/auth/index.ts";
import { createWuyeServer, type WuyeServer } from "../src/server/create-server.ts";
import { complaintMutation, fileAsOwner } from "./complaints-support.ts";
import { subscribe } from "./subscriptions-sse.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/**
 * Subscriptions over SSE: who receives which events (the filer and the estate's staff, never
 * another owner), authorization when subscribing, repairs through real repair mutations, new
 * announcements, and two API instances sharing events through Redis.
 */
const NOW = new Date("2026-03-02T01:00:00.000Z");
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

const COMPLAINT_CHANGES = `subscription ($id: ID) {
  complaintStatusChanged(complaintId: $id) { action fromState toState at complaint { id status } }
}`;

type Change = {
  action: string;
  fromState: string;
  toState: string;
  complaint: { id: string; status: string } | null;
};
type ComplaintMessage = { complaintStatusChanged: Change };

let api: TestApi;
let world: World;
let tokens: Record<ViewerRole, string | undefined>;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW, loginRateLimit: { perPhone: 1000, perIp: 1000 } });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

describe("complaintStatusChanged", () => {
  it("the owner who filed and the estate's staff receive each change, with the complaint as they see it", async () => {
    const owner = await subscribe<ComplaintMessage>(api.url, COMPLAINT_CHANGES, { token: tokens.owner });
    const security = await subscribe<ComplaintMessage>(api.url, COMPLAINT_CHANGES, {
      token: tokens.security,
    });
    try {
      expect(owner.status).toBe(200);
      const id = await fileAsOwner(api, world, tokens.owner, "楼道灯坏了");
      const filed = {
        action: "record",
        fromState: "received",
        toState: "received",
        complaint: { id, status: "received" },
      };
      expect((await owner.next()).data?.complaintStatusChanged).toMatchObject(filed);
      expect((await security.next()).data?.complaintStatusChanged).toMatchObject(filed);
      await complaintMutation(api, "complaintClassify", tokens.manager, { complaintId: id, facts: {} });
      const classified = { action: "classify", fromState: "received", toState: "classified" };
      expect((await owner.next()).data?.complaintStatusChanged).toMatchObject({
        ...classified,
        at: NOW.toISOString(),
      });
      expect((await security.next()).data?.complaintStatusChanged).toMatchObject(classified);
    } finally {
      owner.close();
      security.close();
    }
  });

  it("an owner never receives another resident's complaint events", async () => {
    const tenant = await subscribe<ComplaintMessage>(api.url, COMPLAINT_CHANGES, { token: tokens.tenant });
    const owner = await subscribe<ComplaintMessage>(api.url, COMPLAINT_CHANGES, { token: tokens.owner });
    try {
      const id = await fileAsOwner(api, world, tokens.owner, "噪音扰民");
      await complaintMutation(api, "complaintClassify", tokens.manager, { complaintId: id, facts: {} });
      await complaintMutation(api, "complaintAssign", tokens.customer_service, {
        complaintId: id,
        department: "security",
      });
      // The owner's stream has all three; the tenant's, in the same estate, nothing.
      const actions = [];
      for (let i = 0; i < 3; i += 1) actions.push((await owner.next()).data?.complaintStatusChanged.action);
      expect(actions).toEqual(["record", "classify", "assign"]);
      expect(await tenant.drain(1_000)).toEqual([]);
    } finally {
      tenant.close();
      owner.close();
    }
  });

  it("following one complaint: only its changes; someone else's complaint is not found when subscribing", async () => {
    const mine = await fileAsOwner(api, world, tokens.owner, "门禁失灵");
    const other = await fileAsOwner(api, world, tokens.owner, "垃圾未清运");
    const owner = await subscribe<ComplaintMessage>(api.url, COMPLAINT_CHANGES, {
      token: tokens.owner,
      variables: { id: mine },
    });
    try {
      await complaintMutation(api, "complaintClassify", tokens.manager, { complaintId: other, facts: {} });
      await complaintMutation(api, "complaintClassify", tokens.manager, { complaintId: mine, facts: {} });
      expect((await owner.next()).data?.complaintStatusChanged.complaint?.id).toBe(mine);
    } finally {
      owner.close();
    }
    const tenant = await subscribe<ComplaintMessage>(api.url, COMPLAINT_CHANGES, {
      token: tokens.tenant,
      variables: { id: mine },
    });
    const refused = await tenant.next();
    expect(refused.errors?.[0]?.extensions?.code).toBe("API_NOT_FOUND");
    tenant.close();
  });

  it("is refused when subscribing: anonymous must log in, API keys may not follow", async () => {
    const anonymous = await subscribe<ComplaintMessage>(api.url, COMPLAINT_CHANGES);
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe("AUTH_REQUIRED");
    anonymous.close();
    const key = await subscribe<ComplaintMessage>(api.url, COMPLAINT_CHANGES, { token: tokens.apiKey });
    expect((await key.next()).errors?.[0]?.extensions?.code).toBe("API_FORBIDDEN");
    key.close();
  });
});

describe("repairStatusChanged", () => {
  const REPAIR_CHANGES = `subscription { repairStatusChanged { action fromState toState repairOrder { id status } } }`;
  type RepairMessage = {
    repairStatusChanged: { action: string; toState: string; repairOrder: { id: string } | null };
  };

  it("the owner who reported the repair and the staff receive its changes; the tenant does not", async () => {
    const owner = await subscribe<RepairMessage>(api.url, REPAIR_CHANGES, { token: tokens.owner });
    const engineering = await subscribe<RepairMessage>(api.url, REPAIR_CHANGES, {
      token: tokens.engineering,
    });
    const tenant = await subscribe<RepairMessage>(api.url, REPAIR_CHANGES, { token: tokens.tenant });
    try {
      const registered = await api.graphql<{ repairRegister: { repairOrder?: { id: string } } }>(
        `mutation ($input: RepairRegisterInput!) { repairRegister(input: $input) {
          ... on RepairRegisterPayload { repairOrder { id } } ... on Error { code } } }`,
        {
          token: tokens.owner,
          variables: {
            input: {
              unitId: globalId("Unit", world.ownerUnitId),
              description: "厨房角阀漏水",
              category: "plumbing",
              trade: "plumbing",
            },
          },
        },
      );
      const orderId = registered.data?.repairRegister.repairOrder?.id;
      expect(orderId, JSON.stringify(registered)).toBeDefined();
      await api.graphql(
        `mutation ($input: RepairRespondInput!) { repairRespond(input: $input) { __typename } }`,
        {
          token: tokens.customer_service,
          variables: { input: { repairOrderId: orderId, onSiteNow: false } },
        },
      );
      for (const stream of [owner, engineering]) {
        expect((await stream.next()).data?.repairStatusChanged).toMatchObject({
          action: "register",
          repairOrder: { id: orderId },
        });
        expect((await stream.next()).data?.repairStatusChanged).toMatchObject({ action: "respond" });
      }
      expect(await tenant.drain(500)).toEqual([]);
    } finally {
      owner.close();
      engineering.close();
      tenant.close();
    }
  });
});

/** Waits until `channel` has a subscriber in Redis (SUBSCRIBE is asynchronous). */
async function subscribedInRedis(redis: Redis, channel: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const [, count] = (await redis.pubsub("NUMSUB", channel)) as [string, number];
    if (Number(count) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nobody subscribed to ${channel}`);
}

describe("several instances share events through Redis", () => {
  let a: TestApi;
  let b: WuyeServer;
  let bUrl: string;
  let redis: Redis;
  let shared: World;
  let sharedTokens: Record<ViewerRole, string | undefined>;

  beforeAll(async () => {
    a = await startTestApi({ now: () => NOW, redisUrl: REDIS_URL, tokenSecret: SECRET });
    // A second instance on the same database and Redis, as behind a load balancer.
    b = createWuyeServer({
      database: a.db,
      redisUrl: REDIS_URL,
      tokenSecret: SECRET,
      now: () => NOW,
      logging: false,
    });
    bUrl = (await b.listen(0)).url;
    redis = new Redis(REDIS_URL);
    shared = await createWorld(a.db.prisma);
    sharedTokens = await tokensFor(a, shared);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    redis?.disconnect();
  });

  it("a subscriber on instance A receives a complaint status change made through instance B", async () => {
    const id = await fileAsOwner(a, shared, sharedTokens.owner, "水压不足");
    const owner = await subscribe<ComplaintMessage>(a.url, COMPLAINT_CHANGES, { token: sharedTokens.owner });
    try {
      await subscribedInRedis(redis, `workflow:status:${shared.estateId}`);
      const classified = await fetch(bUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${sharedTokens.manager}` },
        body: JSON.stringify({
          query: `mutation ($input: ComplaintClassifyInput!) { complaintClassify(input: $input) { __typename } }`,
          variables: { input: { complaintId: id, facts: {} } },
        }),
      });
      expect(await classified.json()).toEqual({
        data: { complaintClassify: { __typename: "ComplaintClassifyPayload" } },
      });
      expect((await owner.next()).data?.complaintStatusChanged).toMatchObject({
        action: "classify",
        toState: "classified",
        complaint: { id, status: "classified" },
      });
    } finally {
      owner.close();
    }
  });

  it("announcementPublished: published through instance B, it reaches the estate's residents on A", async () => {
    const publish = (input: Record<string, unknown>) =>
      fetch(bUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${sharedTokens.customer_service}`,
        },
        body: JSON.stringify({
          query: `mutation ($input: AnnouncementPublishInput!) { announcementPublish(input: $input) { __typename } }`,
          variables: { input: { estateId: globalId("Estate", shared.estateId), ...input } },
        }),
      }).then((response) => response.json());
    const otherBuilding = await a.db.prisma.building.create({
      data: { estateId: shared.estateId, name: "9栋" },
    });
    const query = "subscription { announcementPublished { id title estate { name } } }";
    const owner = await subscribe<{ announcementPublished: { id: string; title: string } }>(a.url, query, {
      token: sharedTokens.owner,
    });
    try {
      await subscribedInRedis(redis, `announcement:published:${shared.estateId}`);
      // Addressed to another building: not for this owner.
      await publish({
        title: "9栋电梯检修",
        body: "周五",
        buildingIds: [globalId("Building", otherBuilding.id)],
      });
      expect(await publish({ title: "停水通知", body: "3月3日 9:00–12:00 停水" })).toEqual({
        data: { announcementPublish: { __typename: "AnnouncementPublishPayload" } },
      });
      expect((await owner.next()).data?.announcementPublished).toMatchObject({
        title: "停水通知",
        estate: { name: "Sunny Garden" },
      });
      expect(await owner.drain(300)).toEqual([]);
    } finally {
      owner.close();
    }
  });
});
