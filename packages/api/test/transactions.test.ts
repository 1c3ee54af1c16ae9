import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isCheckViolation,
  recordTransition,
  StaleTransitionError,
  type TransitionEvent,
  UnknownStateError,
  type WuyeDb,
} from "../src/db/index.ts";
import { createBill, createEstate, type EstateFixture } from "./support/fixtures.ts";
import { openTestDatabase, type TestDatabase } from "./support/test-database.ts";

let test: TestDatabase;
let prisma: WuyeDb;
let estate: EstateFixture;

beforeAll(async () => {
  test = await openTestDatabase();
  prisma = test.db.prisma;
  estate = await createEstate(prisma);
});
afterAll(async () => {
  await test?.dispose();
});

let complaintCounter = 0;
async function receivedComplaint(): Promise<string> {
  complaintCounter += 1;
  const complaint = await prisma.complaint.create({
    data: {
      estateId: estate.estateId,
      number: `C-${complaintCounter}`,
      channel: "hotline",
      complainantName: "业主 陈",
      content: "电梯停运两天",
      receivedAt: new Date("2025-04-01T02:00:00Z"),
    },
  });
  return complaint.id;
}

function classify(from = "received"): TransitionEvent<"complaint"> {
  return {
    workflow: "complaint",
    action: "classify",
    from,
    to: "classified",
    actor: { id: estate.cashierId, role: "manager" },
    at: new Date("2025-04-01T03:00:00Z"),
    data: {
      severity: "major",
      rules: ["R-CMP-3"],
      complainants: 5n,
      deadline: new Date("2025-04-03T03:00:00Z"),
    },
  };
}

describe("R-QLT-2 recordTransition writes state, history and money together", () => {
  it("moves the record, bumps its version and appends the event with its data", async () => {
    const id = await receivedComplaint();
    const recorded = await prisma.$transaction((tx) =>
      recordTransition(tx, {
        recordId: id,
        event: classify(),
        expectedVersion: 0,
        changes: { severity: "major" },
      }),
    );
    const complaint = await prisma.complaint.findUniqueOrThrow({ where: { id } });
    expect(complaint).toMatchObject({ status: "classified", severity: "major", version: 1 });
    const event = await prisma.workflowEvent.findUniqueOrThrow({ where: { id: recorded.eventId } });
    expect(event).toMatchObject({
      workflow: "complaint",
      recordId: id,
      action: "classify",
      fromState: "received",
      toState: "classified",
      actorId: estate.cashierId,
      actorRole: "manager",
    });
    // Money in fen (bigint) and instants survive as JSON strings.
    expect(event.data).toEqual({
      severity: "major",
      rules: ["R-CMP-3"],
      complainants: "5",
      deadline: "2025-04-03T03:00:00.000Z",
    });
  });

  it("records a system actor without a user", async () => {
    const id = await receivedComplaint();
    const event = { ...classify(), actor: { id: "timer", role: "system" } };
    const recorded = await prisma.$transaction((tx) => recordTransition(tx, { recordId: id, event }));
    expect(
      (await prisma.workflowEvent.findUniqueOrThrow({ where: { id: recorded.eventId } })).actorId,
    ).toBeNull();
  });

  it("R-REN-9 settles a deposit: state, event, settlement and refund in one step", async () => {
    const person = await prisma.person.create({ data: { companyId: estate.companyId, name: "业主 赵" } });
    const application = await prisma.renovationApplication.create({
      data: {
        estateId: estate.estateId,
        unitId: estate.unitId,
        applicantId: person.id,
        number: "REN-T1",
        scope: "卫生间防水",
        contractorName: "某装饰公司",
        submittedAt: new Date("2025-01-05T01:00:00Z"),
        status: "accepted",
        acceptedOn: new Date("2025-02-01"),
      },
    });
    const deposit = await prisma.renovationDeposit.create({
      data: {
        applicationId: application.id,
        amount: "2000.00",
        reason: "装修押金",
        createdById: estate.cashierId,
      },
    });
    const settlementId = crypto.randomUUID();
    const signed = new Date("2025-05-06T02:00:00Z");
    const recorded = await prisma.$transaction((tx) =>
      recordTransition(tx, {
        recordId: application.id,
        event: {
          workflow: "renovation",
          action: "settleDeposit",
          from: "accepted",
          to: "depositSettled",
          actor: { id: estate.cashierId, role: "cashier" },
          at: signed,
        },
        ledger: [
          {
            kind: "renovationDepositSettlement",
            data: {
              id: settlementId,
              depositId: deposit.id,
              penaltiesTotal: "300.00",
              damagesTotal: "0.00",
              refundAmount: "1700.00",
              shortfall: "0.00",
              settledOn: new Date("2025-05-06"),
              ownerSignedAt: signed,
              contractorSignedAt: signed,
              centreSignedAt: signed,
              reason: "押金结算：扣违约金 300.00",
              createdById: estate.cashierId,
            },
          },
          {
            kind: "refund",
            data: {
              estateId: estate.estateId,
              unitId: estate.unitId,
              source: "renovationDeposit",
              amount: "1700.00",
              method: "bankTransfer",
              payeeName: "业主 赵",
              paidAt: signed,
              settlementId,
              reason: "退装修押金",
              createdById: estate.cashierId,
            },
          },
        ],
      }),
    );
    expect(recorded.ledger.map((entry) => entry.kind)).toEqual(["renovationDepositSettlement", "refund"]);
    expect(
      (await prisma.renovationApplication.findUniqueOrThrow({ where: { id: application.id } })).status,
    ).toBe("depositSettled");
    expect(await prisma.refund.count({ where: { settlementId } })).toBe(1);
  });
});

describe("a transaction failing half-way leaves nothing behind", () => {
  it("rolls back the bill's state, its event and the payment when an allocation is refused", async () => {
    const { billId, lineId } = await createBill(prisma, estate, "2025-08");
    const paymentId = crypto.randomUUID();
    const error = await prisma
      .$transaction((tx) =>
        recordTransition(tx, {
          recordId: billId,
          event: {
            workflow: "bill",
            action: "pay",
            from: "issued",
            to: "paid",
            actor: { id: estate.cashierId, role: "cashier" },
            at: new Date("2025-08-10T02:00:00Z"),
          },
          ledger: [
            {
              kind: "payment",
              data: {
                id: paymentId,
                estateId: estate.estateId,
                unitId: estate.unitId,
                amount: "226.55",
                method: "alipay",
                receivedAt: new Date("2025-08-10T02:00:00Z"),
                reason: "物业费 2025-08",
                createdById: estate.cashierId,
              },
            },
            {
              // A zero allocation breaks a CHECK constraint after the state, event and payment were written.
              kind: "paymentAllocation",
              data: {
                billLineId: lineId,
                paymentId,
                amount: "0.00",
                reason: "核销",
                createdById: estate.cashierId,
              },
            },
          ],
        }),
      )
      .catch((caught: unknown) => caught);
    expect(isCheckViolation(error)).toBe(true);
    expect((await prisma.bill.findUniqueOrThrow({ where: { id: billId } })).status).toBe("issued");
    expect(await prisma.workflowEvent.count({ where: { recordId: billId } })).toBe(0);
    expect(await prisma.payment.count({ where: { id: paymentId } })).toBe(0);
  });

  it("rolls back when the application code throws after recording", async () => {
    const id = await receivedComplaint();
    const error = await prisma
      .$transaction(async (tx) => {
        await recordTransition(tx, { recordId: id, event: classify() });
        throw new Error("notification failed");
      })
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe("notification failed");
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id } })).status).toBe("received");
    expect(await prisma.workflowEvent.count({ where: { recordId: id } })).toBe(0);
  });
});

describe("transitions are safe under concurrency", () => {
  it("refuses a record that is no longer in the from-state", async () => {
    const id = await receivedComplaint();
    const error = await prisma
      .$transaction((tx) => recordTransition(tx, { recordId: id, event: classify("assigned") }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StaleTransitionError);
    expect(await prisma.workflowEvent.count({ where: { recordId: id } })).toBe(0);
  });

  it("refuses a stale version", async () => {
    const id = await receivedComplaint();
    const error = await prisma
      .$transaction((tx) => recordTransition(tx, { recordId: id, event: classify(), expectedVersion: 3 }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StaleTransitionError);
  });

  it("lets exactly one of two simultaneous identical transitions through", async () => {
    const id = await receivedComplaint();
    const attempt = () =>
      prisma.$transaction((tx) => recordTransition(tx, { recordId: id, event: classify() }));
    const results = await Promise.allSettled([attempt(), attempt()]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(StaleTransitionError);
    expect(await prisma.workflowEvent.count({ where: { recordId: id } })).toBe(1);
  });

  it("refuses a state the database schema does not know", async () => {
    const id = await receivedComplaint();
    const error = await prisma
      .$transaction((tx) => recordTransition(tx, { recordId: id, event: { ...classify(), to: "escalated" } }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownStateError);
  });
});
