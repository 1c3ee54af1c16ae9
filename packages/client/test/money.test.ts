import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWuyeClient, unwrap, type WuyeClient, type WuyeLogEvent } from "../src/index.ts";
import { type ApiServer, startApiServer } from "./support/api-server.ts";
import { createWorld, globalId, PASSWORD, publishPropertyFee, type World } from "./support/world.ts";

/** Monday 20 April 2026, 09:00 in Shanghai: April's bills are issued and not yet due. */
const NOW = new Date("2026-04-20T01:00:00.000Z");

let api: ApiServer;
let world: World;

async function signedIn(phone: string, fetch?: typeof globalThis.fetch, events: WuyeLogEvent[] = []) {
  const client = createWuyeClient({
    url: api.url,
    logger: (e) => events.push(e),
    ...(fetch ? { fetch } : {}),
  });
  unwrap(await client.auth.login({ phone, password: PASSWORD }));
  return client;
}

const BILLING_RUN = `mutation Run($input: BillingRunInput!) {
  billingRun(input: $input) { __typename ... on BillingRunPayload { billCount } ... on Error { code } }
}`;

let cashier: WuyeClient;
let owner: WuyeClient;

beforeAll(async () => {
  api = await startApiServer({ startAt: NOW });
  world = await createWorld(api.db.prisma, { units: 3 });
  await publishPropertyFee(api.db.prisma, world.estateId);
  cashier = await signedIn(world.phones.cashier);
  owner = await signedIn(world.phones.owner);
  for (const period of ["2026-03", "2026-04"]) {
    const run = await cashier.request<{ billingRun: { __typename: string; billCount?: number } }, object>(
      BILLING_RUN,
      {
        input: { estateId: globalId("Estate", world.estateId), period },
      },
    );
    expect(run.billingRun).toMatchObject({ __typename: "BillingRunPayload", billCount: 3 });
  }
});
afterAll(async () => {
  await api?.close();
});

const paymentsOfOwnerUnit = () => api.db.prisma.payment.count({ where: { unitId: world.ownerUnitId } });

describe("bills", () => {
  it("an owner lists their unit's bills, newest first, and reads one with its explained lines", async () => {
    const bills = await owner.bills.list().toArray();
    expect(bills.map((bill) => bill.period)).toEqual(["2026-04", "2026-03"]);
    expect(bills[0]).toMatchObject({
      status: "issued",
      total: "206.80",
      outstanding: "206.80",
      overdue: false,
    });
    const detail = await owner.bills.get(bills[0]?.id as string);
    expect(detail?.lines).toHaveLength(1);
    expect(detail?.lines[0]).toMatchObject({ amount: "206.80", feeItem: { code: "property" } });
    expect(detail?.lines[0]?.explanation.zh).toContain("88");
  });
});

describe("money mutations are idempotent under retries", () => {
  it("a payment whose answer is lost is retried with the same key and taken once", async () => {
    const keys: string[] = [];
    let lost = false;
    // The first billPay reaches the server and is executed; its answer never arrives.
    const flaky: typeof globalThis.fetch = async (input, init) => {
      const body = JSON.parse(String(init?.body)) as {
        operationName?: string;
        variables?: { input?: { idempotencyKey?: string } };
      };
      if (body.operationName === "BillPay") keys.push(body.variables?.input?.idempotencyKey as string);
      const response = await fetch(input, init);
      if (body.operationName === "BillPay" && !lost) {
        lost = true;
        await response.text();
        throw new TypeError("fetch failed: connection reset");
      }
      return response;
    };
    const events: WuyeLogEvent[] = [];
    const client = await signedIn(world.phones.cashier, flaky, events);
    const march = (
      await client.bills
        .list({ filter: { period: "2026-03", unitId: globalId("Unit", world.ownerUnitId) } })
        .toArray()
    )[0];
    const before = await paymentsOfOwnerUnit();

    const paid = await client.bills.pay(
      { billId: march?.id as string, method: "cash" },
      { retry: { baseDelayMs: 10 } },
    );

    expect(paid.ok).toBe(true);
    if (!paid.ok) return;
    expect(paid.data).toMatchObject({ allocated: "206.80", bills: [{ period: "2026-03", status: "paid" }] });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(events.some((e) => e.type === "retry" && e.reason === "CLIENT_NETWORK")).toBe(true);
    expect(await paymentsOfOwnerUnit()).toBe(before + 1);
  });

  it("each call gets its own key; a key the caller gives is used as is", async () => {
    const recorded = await cashier.payments.record({
      unitId: globalId("Unit", world.unitIds[1] as string),
      amount: "10.00",
      method: "cash",
      idempotencyKey: "desk-receipt-0001",
    });
    const again = await cashier.payments.record({
      unitId: globalId("Unit", world.unitIds[1] as string),
      amount: "10.00",
      method: "cash",
      idempotencyKey: "desk-receipt-0001",
    });
    expect(unwrap(again).payment?.id).toBe(unwrap(recorded).payment?.id);
    const other = await cashier.payments.record({
      unitId: globalId("Unit", world.unitIds[1] as string),
      amount: "10.00",
      method: "cash",
    });
    expect(unwrap(other).payment?.id).not.toBe(unwrap(recorded).payment?.id);
  });

  it("the same key with another input is a ConflictError value", async () => {
    const result = await cashier.payments.record({
      unitId: globalId("Unit", world.unitIds[1] as string),
      amount: "99.00",
      method: "cash",
      idempotencyKey: "desk-receipt-0001",
    });
    expect(!result.ok && result.error).toMatchObject({
      __typename: "ConflictError",
      code: "API_IDEMPOTENCY_KEY_REUSED",
      path: ["input", "idempotencyKey"],
    });
  });

  it("a payment is reversed by a correcting entry, and the list shows both", async () => {
    const manager = await signedIn(world.phones.manager);
    const taken = unwrap(
      await cashier.payments.record({
        unitId: globalId("Unit", world.unitIds[2] as string),
        amount: "5.00",
        method: "cash",
      }),
    );
    const reversed = unwrap(
      await manager.payments.reverse({ paymentId: taken.payment?.id as string, reason: "录错金额" }),
    );
    expect(reversed.reversal?.reversalOf?.id).toBe(taken.payment?.id);
    const listed = await cashier.payments
      .list({ filter: { unitId: globalId("Unit", world.unitIds[2] as string) } })
      .toArray();
    expect(listed).toHaveLength(2);
    expect(listed.find((p) => p.id === taken.payment?.id)?.reversedBy?.id).toBe(reversed.reversal?.id);
  });
});
