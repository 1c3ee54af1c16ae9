import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoEstate } from "../src/seed/index.ts";
import { subscribe } from "./subscriptions-sse.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { login } from "./support/world.ts";

/**
 * The demo check of issue 5: "A newcomer can log in as the demo owner in GraphiQL, … file a
 * complaint and watch its status change over the subscription while the demo customer-service
 * user handles it." The demo logins are the ones `pnpm start` seeds; everything goes over HTTP
 * (mutations as JSON POSTs, the subscription as server-sent events), as GraphiQL sends them.
 */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ loginRateLimit: { perPhone: 1000, perIp: 1000 } });
  await seedDemoEstate(api.db, { units: 100 });
});
afterAll(async () => {
  await api?.close();
});

type Json = Record<string, unknown>;

async function run(token: string, name: string, input: Json): Promise<Json> {
  const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const result = await api.graphql<Record<string, Json>>(
    `mutation ($input: ${type}Input!) { ${name}(input: $input) {
      __typename ... on ${type}Payload { complaint { id status } } ... on Error { code message } } }`,
    { token, variables: { input } },
  );
  expect(result.errors).toBeUndefined();
  const payload = result.data![name]!;
  expect(payload.__typename, JSON.stringify(payload)).toBe(`${type}Payload`);
  return payload.complaint as Json;
}

describe("issue 5 demo: the owner watches their complaint being handled", () => {
  it("owner subscribes and files; customer service and the manager handle it; the stream shows every change", async () => {
    const phoneOf = (role: string) => DEMO_LOGINS.find((demo) => demo.role === role)!.phone;
    const owner = (await login(api, phoneOf("owner"), DEMO_PASSWORD)).accessToken;
    const desk = (await login(api, phoneOf("customer_service"), DEMO_PASSWORD)).accessToken;
    const manager = (await login(api, phoneOf("manager"), DEMO_PASSWORD)).accessToken;

    // In GraphiQL: who am I, and which unit is mine?
    const me = await api.graphql<{ viewer: { role: string; units: { id: string; number: string }[] } }>(
      "{ viewer { role units { id number } } }",
      { token: owner },
    );
    expect(me.data?.viewer.role).toBe("owner");
    const unitId = me.data!.viewer.units[0]!.id;

    const stream = await subscribe<{
      complaintStatusChanged: { action: string; toState: string; complaint: Json };
    }>(
      api.url,
      `subscription { complaintStatusChanged { action fromState toState at complaint { id number status } } }`,
      { token: owner },
    );
    try {
      const filed = await run(owner, "complaintFile", { unitId, content: "楼上漏水到我家卫生间" });
      const complaintId = filed.id as string;
      await run(manager, "complaintClassify", { complaintId, facts: {} });
      await run(desk, "complaintAssign", { complaintId, department: "customer_service" });
      await run(desk, "complaintHandle", { complaintId, handling: "上门查看，协调楼上业主维修防水" });
      await run(desk, "complaintReportBack", { complaintId, result: "楼上已修复防水层，不再渗漏" });
      await run(manager, "complaintApproveResult", { complaintId });
      await run(desk, "complaintReply", { complaintId, reply: "您好，漏水已处理完毕" });
      await run(desk, "complaintRecordReturnVisit", { complaintId, notes: "次日电话回访，业主确认无渗漏" });
      const closed = await run(desk, "complaintClose", {
        complaintId,
        satisfaction: "satisfied",
        customerConfirmation: "业主电话确认",
      });
      expect(closed.status).toBe("closed");

      const seen: [string, string][] = [];
      for (let i = 0; i < 9; i += 1) {
        const change = (await stream.next()).data?.complaintStatusChanged;
        expect(change?.complaint.id).toBe(complaintId);
        seen.push([change!.action, change!.toState]);
      }
      expect(seen).toEqual([
        ["record", "received"],
        ["classify", "classified"],
        ["assign", "assigned"],
        ["handle", "handled"],
        ["reportBack", "reportedBack"],
        ["approveResult", "approved"],
        ["reply", "replied"],
        ["recordReturnVisit", "returnVisited"],
        ["close", "closed"],
      ]);
    } finally {
      stream.close();
    }
  });
});
