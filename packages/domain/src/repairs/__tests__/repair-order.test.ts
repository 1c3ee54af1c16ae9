import { describe, expect, it } from "vitest";
import {
  advanceRepair,
  decideRepairWarranty,
  quoteRepair,
  type RepairAction,
  type RepairActionData,
  type RepairOrder,
  registerRepair,
} from "../index.ts";
import {
  electrician,
  leakyValveQuote,
  minutesAfter,
  newOrder,
  orderIn,
  plumber,
  plumbingCovered,
  plumbingExpired,
  priceList,
  requestedAt,
  thrownCode,
} from "./fixtures.ts";

const roles = {
  desk: { id: "cs-1", role: "customer_service" },
  engineer: { id: "en-1", role: "engineering" },
  owner: { id: "ow-1", role: "owner" },
} as const;

/** Applies an action, failing the test with the refusals if it is refused. */
function step<A extends RepairAction>(
  order: RepairOrder,
  action: A,
  actor: { id: string; role: string },
  minutes: number,
  data: RepairActionData[A],
): RepairOrder {
  const result = advanceRepair(order, { action, actor, at: minutesAfter(requestedAt, minutes), data });
  if (!result.ok) throw new Error(result.refusals.map((r) => r.code).join(", "));
  return result.order;
}

function refusalsOf<A extends RepairAction>(
  order: RepairOrder,
  action: A,
  data: RepairActionData[A],
  minutes = 2880,
) {
  const deskActions: readonly RepairAction[] = [
    "returnVisitSatisfied",
    "returnVisitDissatisfied",
    "declineQuote",
    "withdraw",
  ];
  const actor = deskActions.includes(action) ? roles.desk : roles.engineer;
  const result = advanceRepair(order, { action, actor, at: minutesAfter(requestedAt, minutes), data });
  return result.ok ? [] : result.refusals.map((r) => r.code);
}

describe("R-REP-1 registering a repair request", () => {
  it("starts registered, with no repeat repairs and its clock at the request", () => {
    expect(newOrder).toMatchObject({ status: "registered", repeatCount: 0, roundStartedAt: requestedAt });
  });

  it.each(["reportedBy", "contact", "description", "unitId", "id"] as const)(
    "refuses a blank %s",
    (field) => {
      expect(thrownCode(() => registerRepair({ ...newOrder, [field]: " " }))).toBe("REP_FIELD_REQUIRED");
    },
  );

  it("refuses an unknown component and an invalid request time", () => {
    expect(thrownCode(() => registerRepair({ ...newOrder, category: "pool" as never }))).toBe(
      "REP_UNKNOWN_COMPONENT",
    );
    expect(thrownCode(() => registerRepair({ ...newOrder, requestedAt: new Date("nope") }))).toBe(
      "REP_INVALID_DATE",
    );
  });

  it("records the response and whether someone goes on site at once", () => {
    const responded = step(newOrder, "respond", roles.desk, 5, { onSiteNow: true });
    expect(responded).toMatchObject({
      status: "responded",
      onSiteNow: true,
      respondedAt: minutesAfter(requestedAt, 5),
    });
  });
});

describe("a repair within warranty, from request to close", () => {
  it("runs free of charge and closes after a satisfied return visit", () => {
    let order = step(newOrder, "respond", roles.desk, 5, { onSiteNow: false });
    order = step(order, "assign", roles.engineer, 20, { technician: plumber });
    order = step(order, "agreeFreePlan", roles.engineer, 60, {
      warranty: plumbingCovered,
      plan: "Replace valve",
    });
    order = step(order, "start", roles.engineer, 70, undefined);
    order = step(order, "complete", roles.engineer, 120, { workDone: "Valve replaced" });
    order = step(order, "acceptJointly", roles.owner, 125, {
      ownerSignature: "Wang",
      technicianSignature: "Zhang",
    });
    order = step(order, "returnVisitSatisfied", roles.desk, 125 + 24 * 60, {});
    expect(order).toMatchObject({ status: "closed", coverage: { kind: "free" }, repeatCount: 0 });
    expect(order.closedAt).toEqual(minutesAfter(requestedAt, 125 + 24 * 60));
  });
});

describe("R-REP-3 paid work only after the owner accepts the quote", () => {
  const assigned = orderIn("assigned");
  const quote = quoteRepair(priceList, [
    { code: "L-VISIT", quantity: "1" },
    { code: "M-VALVE", quantity: "1" },
  ]);
  if (!quote.ok) throw new Error("fixture quote refused");

  it("records the quote with its reason, then the owner's acceptance, then starts", () => {
    const quoted = step(assigned, "quote", roles.engineer, 30, {
      quote: quote.quote,
      reason: "Out of warranty since 2025-06-30",
      warranty: plumbingExpired,
    });
    expect(quoted.coverage).toMatchObject({ kind: "paid", reason: "Out of warranty since 2025-06-30" });
    expect(refusalsOf(quoted, "start", undefined)).toEqual(["REP_QUOTE_NOT_ACCEPTED"]);
    const accepted = step(quoted, "acceptQuote", roles.owner, 40, undefined);
    expect(accepted.coverage?.kind === "paid" && accepted.coverage.acceptedAt).toEqual(
      minutesAfter(requestedAt, 40),
    );
    expect(step(accepted, "start", roles.engineer, 45, undefined).status).toBe("inProgress");
  });

  it("the refusal to start names the quoted amount in both languages", () => {
    const result = advanceRepair(orderIn("quoted"), {
      action: "start",
      actor: roles.engineer,
      at: requestedAt,
      data: undefined,
    });
    expect(result.ok || result.refusals[0]).toMatchObject({
      code: "REP_QUOTE_NOT_ACCEPTED",
      rule: "R-REP-3",
      message: expect.stringContaining("¥25.00"),
      messageZh: expect.stringContaining("¥25.00"),
    });
  });

  it("work cannot start before free or paid has been decided", () => {
    expect(refusalsOf(assigned, "start", undefined)).toEqual(["REP_COVERAGE_UNDECIDED"]);
  });

  it("a declined quote withdraws the order with the owner's reason", () => {
    const declined = step(orderIn("quoted"), "declineQuote", roles.owner, 50, {
      reason: "Will buy my own valve",
    });
    expect(declined).toMatchObject({ status: "withdrawn", withdrawnReason: "Will buy my own valve" });
    expect(refusalsOf(orderIn("quoted"), "declineQuote", { reason: "" })).toEqual(["REP_FIELD_REQUIRED"]);
  });

  it("refuses an empty quote, a quote without reason, and a quote for work under warranty, all at once", () => {
    const empty = { ...leakyValveQuote, lines: [] };
    expect(refusalsOf(assigned, "quote", { quote: empty, reason: " ", warranty: plumbingCovered })).toEqual([
      "REP_QUOTE_EMPTY",
      "REP_FIELD_REQUIRED",
      "REP_QUOTE_IN_WARRANTY",
    ]);
  });

  it("refuses a warranty decision about another component", () => {
    const roof = decideRepairWarranty({
      category: "roofWaterproofing",
      handoverDate: "2020-01-01",
      on: "2026-11-20",
    });
    expect(refusalsOf(assigned, "quote", { quote: leakyValveQuote, reason: "Old", warranty: roof })).toEqual([
      "REP_WARRANTY_CATEGORY_MISMATCH",
    ]);
    expect(
      refusalsOf(assigned, "agreeFreePlan", { warranty: { ...roof, status: "inWarranty" }, plan: "x" }),
    ).toEqual(["REP_WARRANTY_CATEGORY_MISMATCH"]);
  });

  it("refuses a free plan outside the warranty or without a plan", () => {
    expect(refusalsOf(assigned, "agreeFreePlan", { warranty: plumbingExpired, plan: "" })).toEqual([
      "REP_NOT_IN_WARRANTY",
      "REP_FIELD_REQUIRED",
    ]);
  });
});

describe("R-REP-2 assignment by trade and completion", () => {
  it("refuses a technician of another trade", () => {
    expect(refusalsOf(orderIn("responded"), "assign", { technician: electrician })).toEqual([
      "REP_TECHNICIAN_WRONG_TRADE",
    ]);
  });

  it("refuses to complete without a record of the work done", () => {
    expect(refusalsOf(orderIn("inProgress"), "complete", { workDone: "" })).toEqual(["REP_FIELD_REQUIRED"]);
  });
});

describe("R-REP-4 joint acceptance by owner and technician", () => {
  it("needs both signatures, and says which are missing", () => {
    expect(
      refusalsOf(orderIn("completed"), "acceptJointly", { ownerSignature: "", technicianSignature: " " }),
    ).toEqual(["REP_JOINT_ACCEPTANCE_INCOMPLETE", "REP_JOINT_ACCEPTANCE_INCOMPLETE"]);
    const result = advanceRepair(orderIn("completed"), {
      action: "acceptJointly",
      actor: roles.owner,
      at: requestedAt,
      data: { ownerSignature: "Wang", technicianSignature: "" },
    });
    expect(result.ok || result.refusals[0]?.messageZh).toContain("维修人员尚未签字");
  });

  it("a failed joint check sends the work back and clears the completion", () => {
    const back = step(orderIn("completed"), "rejectAtAcceptance", roles.owner, 130, {
      defects: "Still drips",
    });
    expect(back.status).toBe("inProgress");
    expect(back.completedAt).toBeUndefined();
    expect(refusalsOf(orderIn("completed"), "rejectAtAcceptance", { defects: "" })).toEqual([
      "REP_FIELD_REQUIRED",
    ]);
  });
});

describe("R-REP-5 the return visit and the second repair", () => {
  const accepted = orderIn("accepted"); // completed 120 minutes after the request

  it("refuses a visit less than a day after completion, satisfied or not", () => {
    const early = 120 + 23 * 60;
    expect(refusalsOf(accepted, "returnVisitSatisfied", {}, early)).toEqual(["REP_RETURN_VISIT_TOO_EARLY"]);
    expect(refusalsOf(accepted, "returnVisitDissatisfied", { complaint: "" }, early)).toEqual([
      "REP_RETURN_VISIT_TOO_EARLY",
      "REP_FIELD_REQUIRED",
    ]);
    expect(refusalsOf(accepted, "returnVisitSatisfied", {}, 120 + 24 * 60)).toEqual([]);
  });

  it("the minimum follows the estate's policy", () => {
    const result = advanceRepair(
      accepted,
      { action: "returnVisitSatisfied", actor: roles.desk, at: minutesAfter(requestedAt, 180), data: {} },
      { returnVisitEarliest: { amount: 1, unit: "hours" } },
    );
    expect(result.ok).toBe(true);
  });

  it("a dissatisfied owner reopens the order for a second repair, counted, under the same terms", () => {
    const visitAt = 120 + 2 * 24 * 60;
    const reopened = step(accepted, "returnVisitDissatisfied", roles.desk, visitAt, {
      complaint: "Drips again",
    });
    expect(reopened).toMatchObject({ status: "reopened", repeatCount: 1, coverage: accepted.coverage });
    expect(reopened.roundStartedAt).toEqual(minutesAfter(requestedAt, visitAt));
    for (const cleared of [
      "technician",
      "startedAt",
      "completedAt",
      "workDone",
      "acceptedAt",
      "returnVisitAt",
    ]) {
      expect(reopened).not.toHaveProperty(cleared);
    }
    // The second repair starts from assignment and, under the accepted quote, can start at once.
    const reassigned = step(reopened, "assign", roles.engineer, visitAt + 10, { technician: plumber });
    expect(step(reassigned, "start", roles.engineer, visitAt + 20, undefined).status).toBe("inProgress");
  });

  it("counts every repeat repair", () => {
    const second = { ...orderIn("accepted"), repeatCount: 1 };
    const third = step(second, "returnVisitDissatisfied", roles.desk, 3000, { complaint: "Still bad" });
    expect(third.repeatCount).toBe(2);
  });
});

describe("withdrawing a request", () => {
  it("is possible before work starts, with a reason", () => {
    const withdrawn = step(orderIn("responded"), "withdraw", roles.owner, 30, { reason: "Fixed itself" });
    expect(withdrawn).toMatchObject({ status: "withdrawn", withdrawnReason: "Fixed itself" });
    expect(refusalsOf(orderIn("responded"), "withdraw", { reason: "" })).toEqual(["REP_FIELD_REQUIRED"]);
  });
});
