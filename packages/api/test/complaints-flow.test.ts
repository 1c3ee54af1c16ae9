import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ViewerRole } from "../src/auth/index.ts";
import { setPassword } from "../src/services/auth.ts";
import {
  classifiedComplaint,
  complaintMutation,
  deadlineOf,
  fileAsOwner,
  historyActions,
  type Json,
  refusalCodes,
} from "./complaints-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, login, PASSWORD, tokensFor, type World } from "./support/world.ts";

/** Monday 2 March 2026, 09:00 in Shanghai; tests move the clock and log in again. */
const START = new Date("2026-03-02T01:00:00.000Z");
let clock = START;

let api: TestApi;
let world: World;
let tokens: Record<ViewerRole, string | undefined>;

async function setClock(at: Date): Promise<void> {
  clock = at;
  // Access tokens live 15 minutes on the server's clock: sign in again at the new time.
  tokens = await tokensFor(api, world);
}

beforeAll(async () => {
  api = await startTestApi({ now: () => clock, loginRateLimit: { perPhone: 1000, perIp: 1000 } });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});
beforeEach(async () => {
  if (clock !== START) await setClock(START);
});

const step = (name: string, role: ViewerRole, input: Json, extra?: string) =>
  complaintMutation(api, name, tokens[role], input, extra);

const idOf = (globalIdValue: string) => Buffer.from(globalIdValue, "base64").toString().split(":")[1]!;
const hours = (n: number) => new Date(START.getTime() + n * 3_600_000);

describe("R-CMP-5/6 the flow, end to end", () => {
  it("classified → assigned → handled → reported back → approved → replied → return visit → closed", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    const assigned = await step("complaintAssign", "customer_service", {
      complaintId,
      department: "engineering",
    });
    expect(assigned.complaint).toMatchObject({ status: "assigned", department: "engineering", version: 2 });
    const handled = await step("complaintHandle", "engineering", {
      complaintId,
      handling: "更换电梯门机板",
      expectedVersion: 2,
    });
    expect(handled.complaint?.status).toBe("handled");
    const reported = await step("complaintReportBack", "engineering", {
      complaintId,
      result: "电梯已恢复运行",
    });
    expect(reported.complaint).toMatchObject({ status: "reportedBack", resolution: "电梯已恢复运行" });
    const approved = await step("complaintApproveResult", "manager", { complaintId, note: "同意" });
    // R-CMP-5: resolved now (the minor complaint's 24 h resolution met), the reply due by 24:00.
    expect(approved.complaint?.status).toBe("approved");
    expect(deadlineOf(approved.complaint, "resolution")).toMatchObject({ state: "metOnTime" });
    expect(deadlineOf(approved.complaint, "reply")).toMatchObject({
      state: "pending",
      due: "2026-03-02T16:00:00.000Z",
    });
    const replied = await step("complaintReply", "customer_service", {
      complaintId,
      reply: "已修复，谢谢反馈",
    });
    expect(replied.complaint).toMatchObject({ status: "replied", repliedAt: START.toISOString() });
    expect(deadlineOf(replied.complaint, "reply")).toMatchObject({ state: "metOnTime" });
    const visited = await step("complaintRecordReturnVisit", "customer_service", {
      complaintId,
      notes: "电话回访，业主确认正常",
    });
    expect(visited.complaint?.status).toBe("returnVisited");
    const closed = await step("complaintClose", "customer_service", {
      complaintId,
      satisfaction: "satisfied",
      customerConfirmation: "业主在回复表上签字",
      causes: ["设备老化"],
    });
    expect(closed.complaint).toMatchObject({
      status: "closed",
      satisfaction: "satisfied",
      closedAt: START.toISOString(),
      version: 8,
      overdueSteps: [],
    });
    expect(historyActions(closed.complaint)).toEqual([
      "record",
      "classify",
      "assign",
      "handle",
      "reportBack",
      "approveResult",
      "reply",
      "recordReturnVisit",
      "close",
    ]);
  });

  it("the manager sends a result back with a reason; the department reports again", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    await step("complaintAssign", "manager", { complaintId, department: "security" });
    await step("complaintHandle", "security", { complaintId, handling: "加强巡逻" });
    await step("complaintReportBack", "security", { complaintId, result: "已处理" });
    const back = await step("complaintReturnToDepartment", "manager", {
      complaintId,
      reason: "未回复业主的具体问题",
    });
    expect(back.complaint).toMatchObject({ status: "assigned", resolution: null });
    const again = await step("complaintHandle", "security", { complaintId, handling: "约谈当班保安" });
    expect(again.complaint?.status).toBe("handled");
  });
});

describe("R-CMP-2 an invalid complaint", () => {
  it("is declared invalid by the supervisor and closed once the explanation is recorded", async () => {
    const complaintId = await fileAsOwner(api, world, tokens.owner);
    const invalid = await step("complaintDeclareInvalid", "manager", {
      complaintId,
      reason: "不属于物业服务范围",
    });
    expect(invalid.complaint).toMatchObject({ status: "invalid", invalidReason: "不属于物业服务范围" });
    const closed = await step("complaintCloseInvalid", "customer_service", {
      complaintId,
      explanation: "已向业主耐心解释",
    });
    expect(closed.complaint).toMatchObject({ status: "closed", closedAt: START.toISOString() });
    expect(historyActions(closed.complaint)).toEqual(["record", "declareInvalid", "closeInvalid"]);
  });

  it("needs a reason, and the explanation, each refused with the domain's code", async () => {
    const complaintId = await fileAsOwner(api, world, tokens.owner);
    const noReason = await step("complaintDeclareInvalid", "manager", { complaintId, reason: "  " });
    expect(noReason).toMatchObject({
      __typename: "RefusalError",
      code: "CMP_INVALIDITY_REASON_REQUIRED",
      rule: "R-CMP-2",
    });
    await step("complaintDeclareInvalid", "manager", { complaintId, reason: "重复投诉" });
    const noExplanation = await step("complaintCloseInvalid", "customer_service", {
      complaintId,
      explanation: "",
    });
    expect(noExplanation).toMatchObject({ __typename: "RefusalError", code: "CMP_EXPLANATION_REQUIRED" });
    expect(noExplanation.messageZh).toBe("关闭无效投诉前须记录向客户所作的解释");
  });
});

describe("R-CMP-5/6 each step's refusals", () => {
  /** A complaint walked to just before `until`. */
  async function walkedTo(
    until: "assigned" | "handled" | "reportedBack" | "approved" | "replied" | "returnVisited",
  ) {
    const complaintId = await classifiedComplaint(api, world, tokens);
    const order = ["assigned", "handled", "reportedBack", "approved", "replied", "returnVisited"];
    const steps: [string, ViewerRole, Json][] = [
      ["complaintAssign", "customer_service", { department: "engineering" }],
      ["complaintHandle", "engineering", { handling: "处理" }],
      ["complaintReportBack", "engineering", { result: "结果" }],
      ["complaintApproveResult", "manager", {}],
      ["complaintReply", "customer_service", { reply: "答复" }],
      ["complaintRecordReturnVisit", "customer_service", { notes: "回访" }],
    ];
    for (const [name, role, data] of steps.slice(0, order.indexOf(until) + 1)) {
      const result = await step(name, role, { complaintId, ...data });
      expect(result.__typename, JSON.stringify(result)).toMatch(/Payload$/);
    }
    return complaintId;
  }

  const blanks: [string, string, ViewerRole, Parameters<typeof walkedTo>[0] | "classified", Json][] = [
    ["complaintHandle", "CMP_HANDLING_REQUIRED", "engineering", "assigned", { handling: " " }],
    ["complaintReportBack", "CMP_RESULT_REQUIRED", "engineering", "handled", { result: "" }],
    [
      "complaintReturnToDepartment",
      "CMP_REJECTION_REASON_REQUIRED",
      "manager",
      "reportedBack",
      { reason: " " },
    ],
    ["complaintReply", "CMP_REPLY_REQUIRED", "customer_service", "approved", { reply: "" }],
    [
      "complaintRecordReturnVisit",
      "CMP_RETURN_VISIT_NOTES_REQUIRED",
      "customer_service",
      "replied",
      { notes: " " },
    ],
    [
      "complaintClose",
      "CMP_CONFIRMATION_REQUIRED",
      "customer_service",
      "returnVisited",
      { satisfaction: "dissatisfied", customerConfirmation: " " },
    ],
  ];
  for (const [name, code, role, at, data] of blanks) {
    it(`${name} without its text is refused: ${code}`, async () => {
      const complaintId =
        at === "classified" ? await classifiedComplaint(api, world, tokens) : await walkedTo(at);
      const result = await step(name, role, { complaintId, ...data });
      expect(result).toMatchObject({ __typename: "RefusalError", code });
      expect(refusalCodes(result)).toEqual([code]);
    });
  }

  it("a step the workflow does not allow from the current state: WORKFLOW_ACTION_NOT_ALLOWED", async () => {
    const complaintId = await fileAsOwner(api, world, tokens.owner);
    const result = await step("complaintAssign", "customer_service", {
      complaintId,
      department: "engineering",
    });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
  });

  it("a role the domain does not allow in this estate: WORKFLOW_ROLE_NOT_ALLOWED", async () => {
    // Manager in the other estate (the scope lets them try), engineering here (the domain says no).
    const prisma = api.db.prisma;
    const phone = `1370000${String(process.pid % 10000).padStart(4, "0")}`;
    const user = await prisma.user.create({
      data: {
        companyId: world.companyId,
        kind: "staff",
        name: "two hats",
        phone,
        staffAssignments: {
          create: [
            { estateId: world.otherEstateId, role: "manager", startDate: new Date("2024-01-01") },
            { estateId: world.estateId, role: "engineering", startDate: new Date("2024-01-01") },
          ],
        },
      },
    });
    await setPassword(prisma, user.id, phone, PASSWORD);
    const token = (await login(api, phone)).accessToken;
    const complaintId = await classifiedComplaint(api, world, tokens);
    const result = await complaintMutation(api, "complaintAssign", token, {
      complaintId,
      department: "engineering",
    });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ROLE_NOT_ALLOWED" });
  });

  it("a step dated before the last one is refused: CMP_TIME_BEFORE_LAST_STEP", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    await setClock(hours(-1));
    const result = await step("complaintAssign", "customer_service", {
      complaintId,
      department: "engineering",
    });
    expect(result).toMatchObject({
      __typename: "RefusalError",
      code: "CMP_TIME_BEFORE_LAST_STEP",
      rule: "R-CMP-5",
    });
  });

  it("a stale expectedVersion is a conflict, and nothing is written", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    const result = await step("complaintAssign", "customer_service", {
      complaintId,
      department: "engineering",
      expectedVersion: 0,
    });
    expect(result).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
    const row = await api.db.prisma.complaint.findUniqueOrThrow({ where: { id: idOf(complaintId) } });
    expect(row.status).toBe("classified");
  });

  it("text longer than allowed is a validation error with the field's path", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    const result = await step("complaintAssign", "customer_service", {
      complaintId,
      department: "engineering",
    });
    expect(result.__typename).toBe("ComplaintAssignPayload");
    const long = await step("complaintHandle", "engineering", { complaintId, handling: "x".repeat(2001) });
    expect(long).toMatchObject({ __typename: "ValidationError", path: ["input", "handling"] });
  });
});

describe("R-CMP-3 re-evaluation and override", () => {
  const SEVERITY = "escalated criteria reportingDuties { to due }";

  it("five complainants about the same event escalate a minor complaint to major, reported at once", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    await setClock(hours(1));
    const result = await step(
      "complaintReevaluateSeverity",
      "customer_service",
      { complaintId, facts: { complainantsAboutSameEvent: 5 } },
      SEVERITY,
    );
    expect(result).toMatchObject({
      escalated: true,
      criteria: ["manyComplainantsSameEvent"],
      reportingDuties: [{ to: "supervisor" }, { to: "companyLeadership" }],
    });
    expect(result.complaint).toMatchObject({ severity: "major", complainantCount: 5 });
    expect(result.complaint?.severityHistory).toMatchObject([
      { kind: "classification", to: "minor" },
      { kind: "reevaluation", from: "minor", to: "major", actor: { role: "customer_service" } },
    ]);
    // R-CMP-4: a major complaint owes a clear answer within 2 days from the escalation.
    expect(deadlineOf(result.complaint, "answer")).toMatchObject({ due: "2026-03-04T02:00:00.000Z" });
    expect(historyActions(result.complaint).at(-1)).toBe("reevaluateSeverity");
  });

  it("nothing new: no escalation, no duty, still a history line", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    const result = await step("complaintReevaluateSeverity", "manager", { complaintId }, SEVERITY);
    expect(result).toMatchObject({ escalated: false, reportingDuties: [] });
    expect(result.complaint).toMatchObject({ severity: "minor", status: "classified" });
  });

  it("a manager overrides with a reason; actor and reason are kept", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens, { complainantsAboutSameEvent: 5 });
    const result = await step(
      "complaintOverrideSeverity",
      "manager",
      { complaintId, severity: "important", reason: "同一事件已合并处理" },
      SEVERITY,
    );
    expect(result).toMatchObject({ escalated: false, reportingDuties: [] });
    expect(result.complaint?.severity).toBe("important");
    expect(result.complaint?.severityHistory).toMatchObject([
      { kind: "classification", to: "major" },
      {
        kind: "override",
        from: "major",
        to: "important",
        actor: { role: "manager" },
        reason: "同一事件已合并处理",
      },
    ]);
  });

  it("an override needs a reason and a different severity", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    const same = await step("complaintOverrideSeverity", "manager", {
      complaintId,
      severity: "minor",
      reason: "x",
    });
    expect(same).toMatchObject({ __typename: "RefusalError", code: "CMP_OVERRIDE_UNCHANGED" });
    const noReason = await step("complaintOverrideSeverity", "manager", {
      complaintId,
      severity: "major",
      reason: "",
    });
    expect(noReason).toMatchObject({ __typename: "RefusalError", code: "CMP_OVERRIDE_REASON_REQUIRED" });
  });

  it("only managers override; customer service is refused before anything runs", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    const result = await step("complaintOverrideSeverity", "customer_service", {
      complaintId,
      severity: "major",
      reason: "x",
    });
    expect(result).toMatchObject({ __typename: "ForbiddenError", code: "API_FORBIDDEN" });
  });
});

describe("R-CMP-4 the manager's extension", () => {
  const IMPORTANT = { reasonableRequestNotMetInTime: true, seriouslyAffectsUse: true };

  it("moves an important complaint's handling deadline and keeps the approval", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens, IMPORTANT);
    const result = await step("complaintApproveExtension", "manager", {
      complaintId,
      extendByAmount: 2,
      extendByUnit: "calendarDays",
      reason: "需厂家配件",
    });
    expect(result.__typename).toBe("ComplaintApproveExtensionPayload");
    expect(deadlineOf(result.complaint, "handling")).toMatchObject({
      due: "2026-03-05T01:00:00.000Z",
      extensions: [
        { reason: "需厂家配件", originalDue: "2026-03-03T01:00:00.000Z", approvedBy: { role: "manager" } },
      ],
    });
    expect(result.complaint?.resolveDueAt).toBe("2026-03-05T01:00:00.000Z");
  });

  it("applies to important complaints only, and needs a reason", async () => {
    const minor = await classifiedComplaint(api, world, tokens);
    const notApplicable = await step("complaintApproveExtension", "manager", {
      complaintId: minor,
      extendByAmount: 1,
      extendByUnit: "calendarDays",
      reason: "x",
    });
    expect(notApplicable).toMatchObject({ __typename: "RefusalError", code: "CMP_EXTENSION_NOT_APPLICABLE" });
    const important = await classifiedComplaint(api, world, tokens, IMPORTANT);
    const noReason = await step("complaintApproveExtension", "manager", {
      complaintId: important,
      extendByAmount: 1,
      extendByUnit: "calendarDays",
      reason: " ",
    });
    expect(noReason).toMatchObject({ __typename: "RefusalError", code: "CMP_EXTENSION_REASON_REQUIRED" });
  });

  it("a negative extension is malformed input (the calendar's own code)", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens, IMPORTANT);
    const result = await step("complaintApproveExtension", "manager", {
      complaintId,
      extendByAmount: -1,
      extendByUnit: "hours",
      reason: "x",
    });
    expect(result).toMatchObject({ __typename: "ValidationError", code: "CAL_NEGATIVE_AMOUNT" });
  });
});

describe("R-CMP-5 overdue steps and the agreed next reply", () => {
  it("a major complaint's answer shows overdue after two days; an agreed next reply gives the answer (late)", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens, { complainantsAboutSameEvent: 6 });
    await setClock(hours(49));
    const read = await api.graphql<{ node: Json }>(
      `query ($id: ID!) { node(id: $id) { ... on Complaint { overdueSteps deadlines { step state lateByMinutes } } } }`,
      { token: tokens.customer_service, variables: { id: complaintId } },
    );
    expect(read.data?.node).toMatchObject({
      overdueSteps: ["answer"],
      deadlines: [
        { step: "answer", state: "overdue", lateByMinutes: 60 },
        { step: "resolution", state: "pending" },
      ],
    });
    const replyBy = hours(49 + 72).toISOString();
    const agreed = await step("complaintAgreeNextReply", "customer_service", {
      complaintId,
      replyBy,
      explanation: "需更换主板，三天内答复",
    });
    expect(agreed.complaint).toMatchObject({ nextReplyAt: replyBy, overdueSteps: [] });
    expect(deadlineOf(agreed.complaint, "answer")).toMatchObject({ state: "metLate", lateByMinutes: 60 });
    expect(deadlineOf(agreed.complaint, "nextReply")).toMatchObject({ state: "pending", due: replyBy });
  });

  it("the next reply must be later than now and say why", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    const past = await step("complaintAgreeNextReply", "customer_service", {
      complaintId,
      replyBy: hours(-1).toISOString(),
      explanation: "x",
    });
    expect(past).toMatchObject({ __typename: "RefusalError", code: "CMP_NEXT_REPLY_NOT_AFTER_NOW" });
    const silent = await step("complaintAgreeNextReply", "manager", {
      complaintId,
      replyBy: hours(5).toISOString(),
      explanation: "",
    });
    expect(silent).toMatchObject({ __typename: "RefusalError", code: "CMP_NEXT_REPLY_EXPLANATION_REQUIRED" });
  });
});

describe("who may act on and see a complaint", () => {
  it("residents, keys and other departments may not run the desk's steps", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    for (const role of ["owner", "tenant", "apiKey", "security", "engineering"] as const) {
      const result = await step("complaintAssign", role, { complaintId, department: "engineering" });
      expect(result, role).toMatchObject({ __typename: "ForbiddenError" });
    }
    const anonymous = await complaintMutation(api, "complaintAssign", undefined, {
      complaintId,
      department: "security",
    });
    expect(anonymous).toMatchObject({ __typename: "ForbiddenError", code: "AUTH_REQUIRED" });
  });

  it("another estate's complaint is not found, also through node(id:)", async () => {
    const other = await api.db.prisma.complaint.create({
      data: {
        estateId: world.otherEstateId,
        number: `C-OTHER-${process.pid}`,
        channel: "hotline",
        complainantName: "甲",
        content: "x",
        receivedAt: START,
        status: "classified",
      },
    });
    const complaintId = globalId("Complaint", other.id);
    const result = await step("complaintAssign", "customer_service", {
      complaintId,
      department: "engineering",
    });
    expect(result).toMatchObject({ __typename: "NotFoundError", path: ["input", "complaintId"] });
    const node = await api.graphql<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", {
      token: tokens.manager,
      variables: { id: complaintId },
    });
    expect(node.data?.node).toBeNull();
  });

  it("the owner sees their complaint's steps through node(id:); the tenant does not see it", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    await step("complaintAssign", "customer_service", { complaintId, department: "engineering" });
    const query = "query ($id: ID!) { node(id: $id) { ... on Complaint { status department } } }";
    const owner = await api.graphql<{ node: Json | null }>(query, {
      token: tokens.owner,
      variables: { id: complaintId },
    });
    expect(owner.data?.node).toEqual({ status: "assigned", department: "engineering" });
    const tenant = await api.graphql<{ node: Json | null }>(query, {
      token: tokens.tenant,
      variables: { id: complaintId },
    });
    expect(tenant.data?.node).toBeNull();
    // The tenant cannot act on it either: the scope refuses before the record is looked up.
    const act = await step("complaintReply", "tenant", { complaintId, reply: "x" });
    expect(act.__typename).toBe("ForbiddenError");
  });

  it("lists filter by department and order by the resolution deadline", async () => {
    const complaintId = await classifiedComplaint(api, world, tokens);
    await step("complaintAssign", "customer_service", { complaintId, department: "greening" });
    const result = await api.graphql<{ complaints: { totalCount: number; edges: { node: Json }[] } }>(
      `{ complaints(first: 10, filter: { department: [greening] }, orderBy: { field: RESOLVE_DUE_AT, direction: ASC }) {
        totalCount edges { node { id department } } } }`,
      { token: tokens.manager },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.complaints.totalCount).toBe(1);
    expect(result.data?.complaints.edges[0]?.node).toEqual({ id: complaintId, department: "greening" });
  });
});
