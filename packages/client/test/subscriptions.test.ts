import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWuyeClient, unwrap, type WuyeClient, type WuyeLogEvent } from "../src/index.ts";
import { type ApiServer, startApiServer } from "./support/api-server.ts";
import { createWorld, globalId, PASSWORD, type World } from "./support/world.ts";

let api: ApiServer;
let world: World;

async function signedIn(phone: string, events: WuyeLogEvent[] = []): Promise<WuyeClient> {
  const client = createWuyeClient({ url: api.url, logger: (event) => events.push(event) });
  unwrap(await client.auth.login({ phone, password: PASSWORD }));
  return client;
}

/** Resolves once the client reports the subscription's stream open (the server then listens). */
async function connected(events: WuyeLogEvent[]): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    if (events.some((e) => e.type === "subscription" && e.state === "connected")) {
      // The server registers its listener as it starts streaming; give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the subscription never connected");
}

beforeAll(async () => {
  api = await startApiServer();
  world = await createWorld(api.db.prisma);
});
afterAll(async () => {
  await api?.close();
});

describe("client.complaints.onStatusChanged over SSE", () => {
  it("the owner who filed a complaint receives its classification as it happens", async () => {
    const ownerEvents: WuyeLogEvent[] = [];
    const owner = await signedIn(world.phones.owner, ownerEvents);
    const manager = await signedIn(world.phones.manager);
    const filed = unwrap(
      await owner.complaints.file({ unitId: globalId("Unit", world.ownerUnitId), content: "电梯异响" }),
    );
    const complaintId = filed.complaint?.id as string;

    const changes = owner.complaints.onStatusChanged({ complaintId });
    const first = changes.next();
    await connected(ownerEvents);
    unwrap(await manager.complaints.classify({ complaintId, facts: {} }));

    const { value } = await first;
    expect(value).toMatchObject({
      action: "classify",
      fromState: "received",
      toState: "classified",
      complaint: { id: complaintId, status: "classified", severity: "minor" },
    });
    await changes.return();
    expect(
      ownerEvents.filter((e) => e.type === "subscription").map((e) => e.type === "subscription" && e.state),
    ).toEqual(["connected"]);
  });

  it("with an expired access token, the subscription refreshes it and connects", async () => {
    const events: WuyeLogEvent[] = [];
    const manager = await signedIn(world.phones.manager, events);
    api.clock.advance(16 * 60 * 1000);
    const controller = new AbortController();
    const changes = manager.complaints.onStatusChanged({}, { signal: controller.signal });
    const first = changes.next().catch((e: unknown) => e);
    await connected(events);
    expect(events).toContainEqual({ type: "refresh", reason: "rejected" });
    controller.abort();
    expect(await first).toMatchObject({ code: "CLIENT_ABORTED" });
  });

  it("subscribing without signing in is refused with the API's code", async () => {
    const anonymous = createWuyeClient({ url: api.url });
    await expect(anonymous.complaints.onStatusChanged().next()).rejects.toMatchObject({
      name: "WuyeGraphQLError",
      code: expect.stringMatching(/^(AUTH_REQUIRED|API_FORBIDDEN)$/),
    });
  });
});
