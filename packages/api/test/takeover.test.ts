import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_FIELDS, mutate, refusalCodes } from "./estate-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

const NOW = new Date("2026-03-02T01:00:00.000Z");

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

const DEFECT = `defect { id status reportRef findings version history { edges { node { action fromState toState actorRole } } } }`;
const payload = (field: string, type: string) =>
  `mutation ($input: ${type}Input!) { ${field}(input: $input) { __typename ... on ${type}Payload { ${DEFECT} } ${ERROR_FIELDS} } }`;
const RECORD = payload("takeoverDefectRecord", "TakeoverDefectRecord");
const REPORT = payload("takeoverDefectReport", "TakeoverDefectReport");
const RECTIFY = payload("takeoverDefectRectify", "TakeoverDefectRectify");
const ACCEPT = payload("takeoverDefectAccept", "TakeoverDefectAccept");
const REOPEN = payload("takeoverDefectReopen", "TakeoverDefectReopen");
const INSPECT = `mutation ($input: TakeoverInspectionRecordInput!) { takeoverInspectionRecord(input: $input) { __typename
  ... on TakeoverInspectionRecordPayload { takeover { complete openDefectCount inspections { scope inspectedOn } } } ${ERROR_FIELDS} } }`;
const STATUS = `query ($id: ID!) { takeover(estateId: $id) { complete openDefectCount missing { code path } inspections { scope } } }`;

const estate = () => globalId("Estate", world.estateId);
type Defect = {
  id: string;
  status: string;
  version: number;
  findings: string[];
  history: { edges: { node: { action: string } }[] };
};

async function record(location = "地下室 B1") {
  const result = await mutate(api, RECORD, "takeoverDefectRecord", tokens.engineering, {
    estateId: estate(),
    scope: "plumbing",
    location,
    description: "消防水管渗漏",
  });
  return result.defect as Defect;
}

describe("R-HND-1 takeover defects", () => {
  it("recorded → reported → rectified → (reopened → rectified) → closed, with a history line for each step", async () => {
    const defect = await record();
    expect(defect).toMatchObject({ status: "recorded", version: 0 });
    const reported = await mutate(api, REPORT, "takeoverDefectReport", tokens.engineering, {
      defectId: defect.id,
      reportRef: "JS-2026-007",
      expectedVersion: 0,
    });
    expect(reported.defect).toMatchObject({ status: "reported", reportRef: "JS-2026-007", version: 1 });
    await mutate(api, RECTIFY, "takeoverDefectRectify", tokens.manager, {
      defectId: defect.id,
      note: "已更换管件",
    });
    const reopened = await mutate(api, REOPEN, "takeoverDefectReopen", tokens.engineering, {
      defectId: defect.id,
      finding: "接口仍有渗水",
    });
    expect(reopened.defect).toMatchObject({ status: "reported", findings: ["接口仍有渗水"] });
    await mutate(api, RECTIFY, "takeoverDefectRectify", tokens.engineering, { defectId: defect.id });
    const closed = await mutate(api, ACCEPT, "takeoverDefectAccept", tokens.engineering, {
      defectId: defect.id,
    });
    const final = closed.defect as Defect;
    expect(final.status).toBe("closed");
    expect(final.history.edges.map((e) => e.node.action)).toEqual([
      "record",
      "report",
      "rectify",
      "reopen",
      "rectify",
      "accept",
    ]);
  });

  it("a report needs its written reference; a failed re-inspection needs its finding", async () => {
    const defect = await record();
    const noRef = await mutate(api, REPORT, "takeoverDefectReport", tokens.engineering, {
      defectId: defect.id,
      reportRef: " ",
    });
    expect(noRef).toMatchObject({
      __typename: "RefusalError",
      code: "OCC_DEFECT_REPORT_MISSING",
      rule: "R-HND-1",
    });
    await mutate(api, REPORT, "takeoverDefectReport", tokens.engineering, {
      defectId: defect.id,
      reportRef: "R-2",
    });
    await mutate(api, RECTIFY, "takeoverDefectRectify", tokens.engineering, { defectId: defect.id });
    const noFinding = await mutate(api, REOPEN, "takeoverDefectReopen", tokens.engineering, {
      defectId: defect.id,
      finding: "",
    });
    expect(refusalCodes(noFinding)).toEqual(["OCC_DEFECT_FINDING_MISSING"]);
  });

  it("a step out of order is refused by the workflow; a stale version is a conflict", async () => {
    const defect = await record();
    const early = await mutate(api, ACCEPT, "takeoverDefectAccept", tokens.engineering, {
      defectId: defect.id,
    });
    expect(early).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
    const stale = await mutate(api, REPORT, "takeoverDefectReport", tokens.engineering, {
      defectId: defect.id,
      reportRef: "R-3",
      expectedVersion: 5,
    });
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
  });

  it("only engineering and managers record or move defects; residents cannot see them", async () => {
    const defect = await record();
    for (const role of ["security", "customer_service", "owner", "apiKey"] as const) {
      const result = await mutate(api, REPORT, "takeoverDefectReport", tokens[role], {
        defectId: defect.id,
        reportRef: "R-4",
      });
      expect(result.__typename, role).toBe("ForbiddenError");
    }
    const seen = await api.graphql<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", {
      token: tokens.owner,
      variables: { id: defect.id },
    });
    expect(seen.data?.node).toBeNull();
    const other = await mutate(api, RECORD, "takeoverDefectRecord", tokens.manager, {
      estateId: globalId("Estate", world.otherEstateId),
      scope: "fire",
      location: "x",
      description: "y",
    });
    expect(other).toMatchObject({ __typename: "NotFoundError", path: ["input", "estateId"] });
    const blank = await mutate(api, RECORD, "takeoverDefectRecord", tokens.manager, {
      estateId: estate(),
      scope: "fire",
      location: " ",
      description: "y",
    });
    expect(blank).toMatchObject({ __typename: "ValidationError", path: ["input", "location"] });
  });

  it("takeover is complete only when every scope is inspected and every defect closed", async () => {
    const fresh = await api.db.prisma.estate.create({
      data: { companyId: world.companyId, name: `Takeover ${Date.now()}` },
    });
    await api.db.prisma.staffAssignment.create({
      data: {
        userId: world.userIds.engineering!,
        estateId: fresh.id,
        role: "engineering",
        startDate: new Date("2024-01-01"),
      },
    });
    const id = globalId("Estate", fresh.id);
    const status = async () =>
      (
        await api.graphql<{
          takeover: { complete: boolean; openDefectCount: number; missing: { code: string }[] };
        }>(STATUS, {
          token: tokens.engineering,
          variables: { id },
        })
      ).data!.takeover;
    expect((await status()).missing.map((m) => m.code)).toEqual(
      Array(6).fill("OCC_TAKEOVER_SCOPE_NOT_INSPECTED"),
    );
    for (const scope of ["civilWorks", "plumbing", "electrical", "fire", "smartSystems", "greening"]) {
      await mutate(api, INSPECT, "takeoverInspectionRecord", tokens.engineering, {
        estateId: id,
        scope,
        inspectedOn: "2026-02-01",
      });
    }
    const defect = (
      await mutate(api, RECORD, "takeoverDefectRecord", tokens.engineering, {
        estateId: id,
        scope: "greening",
        location: "北区",
        description: "草皮未铺",
      })
    ).defect as Defect;
    expect(await status()).toMatchObject({
      complete: false,
      openDefectCount: 1,
      missing: [{ code: "OCC_TAKEOVER_DEFECT_OPEN" }],
    });
    await mutate(api, REPORT, "takeoverDefectReport", tokens.engineering, {
      defectId: defect.id,
      reportRef: "R-9",
    });
    await mutate(api, RECTIFY, "takeoverDefectRectify", tokens.engineering, { defectId: defect.id });
    await mutate(api, ACCEPT, "takeoverDefectAccept", tokens.engineering, { defectId: defect.id });
    expect(await status()).toMatchObject({ complete: true, openDefectCount: 0, missing: [] });
  });

  it("the estate lists its defects, filtered by status, to its staff", async () => {
    await record("1栋 屋面");
    const query = `query ($id: ID!) { node(id: $id) { ... on Estate { takeoverDefects(filter: { status: [recorded] }, first: 50) { totalCount edges { node { status } } } } } }`;
    const listed = await api.graphql<{
      node: { takeoverDefects: { totalCount: number; edges: { node: { status: string } }[] } };
    }>(query, { token: tokens.security, variables: { id: estate() } });
    expect(listed.data?.node.takeoverDefects.totalCount).toBeGreaterThan(0);
    expect(new Set(listed.data?.node.takeoverDefects.edges.map((e) => e.node.status))).toEqual(
      new Set(["recorded"]),
    );
  });
});
