import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppendOnlyViolation, isCheckViolation, isUniqueViolation, type WuyeDb } from "../src/db/index.ts";
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

async function refusal(write: Promise<unknown>): Promise<unknown> {
  try {
    await write;
  } catch (error) {
    return error;
  }
  throw new Error("the database accepted a write it must refuse");
}

describe("R-FEE-4 one bill line per unit, fee item and period", () => {
  it("refuses a second line for the same unit, item and period, even on another bill", async () => {
    await createBill(prisma, estate, "2025-04");
    const error = await refusal(createBill(prisma, estate, "2025-04"));
    expect(isUniqueViolation(error)).toBe(true);
    expect(
      await prisma.billLine.count({ where: { unitId: estate.unitId, periodStart: new Date("2025-04-01") } }),
    ).toBe(1);
  });

  it("bills the next period normally", async () => {
    await createBill(prisma, estate, "2025-05");
    expect(await prisma.billLine.count({ where: { unitId: estate.unitId } })).toBeGreaterThanOrEqual(2);
  });

  it("refuses a line whose unit is not its bill's unit", async () => {
    const { billId } = await createBill(prisma, estate, "2025-06");
    const other = await prisma.unit.create({
      data: { estateId: estate.estateId, buildingId: estate.buildingId, number: "1-503", buildingArea: "80" },
    });
    const error = await refusal(
      prisma.billLine.create({
        data: {
          billId,
          unitId: other.id,
          feeItemId: estate.feeItemId,
          feeStandardId: estate.feeStandardId,
          periodStart: new Date("2025-06-01"),
          periodEnd: new Date("2025-06-30"),
          quantity: "80",
          unitPrice: "2.3",
          amount: "184.00",
          basis: "80.00 m² × 2.3000 CNY × 1 month",
        },
      }),
    );
    expect(error).toBeInstanceOf(Error);
  });
});

describe("CHECK constraints: no negative money, areas or readings", () => {
  it("refuses a negative building area", async () => {
    const error = await refusal(
      prisma.unit.create({
        data: {
          estateId: estate.estateId,
          buildingId: estate.buildingId,
          number: "9-999",
          buildingArea: "-1",
        },
      }),
    );
    expect(isCheckViolation(error)).toBe(true);
  });

  it("refuses a zero or negative payment", async () => {
    for (const amount of ["0", "-10.00"]) {
      const error = await refusal(
        prisma.payment.create({
          data: {
            estateId: estate.estateId,
            unitId: estate.unitId,
            amount,
            method: "cash",
            receivedAt: new Date(),
            reason: "test",
            createdById: estate.cashierId,
          },
        }),
      );
      expect(isCheckViolation(error)).toBe(true);
    }
  });

  it("refuses an allocation that names both a payment and a credit entry, or neither", async () => {
    const { lineId } = await createBill(prisma, estate, "2025-07");
    const error = await refusal(
      prisma.paymentAllocation.create({
        data: { billLineId: lineId, amount: "1.00", reason: "no source", createdById: estate.cashierId },
      }),
    );
    expect(isCheckViolation(error)).toBe(true);
  });

  it("refuses a quote whose total is not labour plus materials", async () => {
    const order = await prisma.repairOrder.create({
      data: {
        estateId: estate.estateId,
        number: "R-CHECK-1",
        requesterName: "业主 李",
        description: "水龙头漏水",
        requestedAt: new Date(),
      },
    });
    const error = await refusal(
      prisma.repairQuote.create({
        data: {
          repairOrderId: order.id,
          labour: "50.00",
          materials: "30.00",
          total: "90.00",
          explanation: "换阀芯",
          quotedAt: new Date(),
          quotedById: estate.cashierId,
        },
      }),
    );
    expect(isCheckViolation(error)).toBe(true);
  });
});

describe("R-REN-9 a deposit is settled and refunded exactly once", () => {
  it("refuses a second settlement of the same deposit", async () => {
    const person = await prisma.person.create({ data: { companyId: estate.companyId, name: "业主 张" } });
    const application = await prisma.renovationApplication.create({
      data: {
        estateId: estate.estateId,
        unitId: estate.unitId,
        applicantId: person.id,
        number: "REN-1",
        scope: "厨房翻新",
        contractorName: "某装饰公司",
        submittedAt: new Date(),
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
    const settlement = {
      depositId: deposit.id,
      penaltiesTotal: "200.00",
      damagesTotal: "0.00",
      refundAmount: "1800.00",
      shortfall: "0.00",
      settledOn: new Date("2025-12-01"),
      ownerSignedAt: new Date(),
      contractorSignedAt: new Date(),
      centreSignedAt: new Date(),
      reason: "押金结算",
      createdById: estate.cashierId,
    };
    await prisma.renovationDepositSettlement.create({ data: settlement });
    const error = await refusal(prisma.renovationDepositSettlement.create({ data: settlement }));
    expect(isUniqueViolation(error)).toBe(true);
  });
});

describe("R-FEE-9 the ledger is append-only", () => {
  let paymentId: string;

  beforeAll(async () => {
    const payment = await prisma.payment.create({
      data: {
        estateId: estate.estateId,
        unitId: estate.unitId,
        amount: "500.00",
        method: "wechatPay",
        receivedAt: new Date(),
        reason: "物业费 2025-04",
        createdById: estate.cashierId,
      },
    });
    paymentId = payment.id;
  });

  it("offers no update or delete on ledger models in the data layer's types", () => {
    // @ts-expect-error ledger rows cannot be updated through the data layer
    expect(prisma.payment.update).toBeDefined();
    // @ts-expect-error ledger rows cannot be deleted through the data layer
    expect(prisma.payment.deleteMany).toBeDefined();
  });

  it("refuses UPDATE of a payment even in raw SQL", async () => {
    const error = await refusal(
      prisma.$executeRawUnsafe(`UPDATE "Payment" SET "amount" = 1 WHERE "id" = $1::uuid`, paymentId),
    );
    expect(isAppendOnlyViolation(error)).toBe(true);
    const row = await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(row.amount.toString()).toBe("500");
  });

  it("refuses DELETE of a payment even in raw SQL", async () => {
    const error = await refusal(
      prisma.$executeRawUnsafe(`DELETE FROM "Payment" WHERE "id" = $1::uuid`, paymentId),
    );
    expect(isAppendOnlyViolation(error)).toBe(true);
    expect(await prisma.payment.count({ where: { id: paymentId } })).toBe(1);
  });

  it("refuses TRUNCATE of every ledger and history table", async () => {
    for (const table of [
      "Payment",
      "PaymentAllocation",
      "CreditEntry",
      "Refund",
      "RenovationDeposit",
      "RenovationPenalty",
      "RenovationDepositSettlement",
      "WorkflowEvent",
      "AuditLog",
    ]) {
      const error = await refusal(prisma.$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`));
      expect(isAppendOnlyViolation(error), table).toBe(true);
    }
  });

  it("refuses UPDATE and DELETE on the history tables", async () => {
    const event = await prisma.workflowEvent.create({
      data: {
        workflow: "complaint",
        recordId: paymentId,
        action: "receive",
        fromState: "received",
        toState: "received",
        actorRole: "system",
        at: new Date(),
      },
    });
    const update = await refusal(
      prisma.$executeRawUnsafe(`UPDATE "WorkflowEvent" SET "action" = 'x' WHERE "id" = $1::uuid`, event.id),
    );
    expect(isAppendOnlyViolation(update)).toBe(true);
    const audit = await prisma.auditLog.create({ data: { action: "read", entity: "Person" } });
    const remove = await refusal(
      prisma.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = $1::uuid`, audit.id),
    );
    expect(isAppendOnlyViolation(remove)).toBe(true);
  });

  it("records a correction as a reversing entry, at most once per row", async () => {
    const reversal = {
      estateId: estate.estateId,
      unitId: estate.unitId,
      amount: "500.00",
      method: "wechatPay" as const,
      receivedAt: new Date(),
      reason: "冲正：重复录入",
      reversalOfId: paymentId,
      createdById: estate.cashierId,
    };
    await prisma.payment.create({ data: reversal });
    const error = await refusal(prisma.payment.create({ data: reversal }));
    expect(isUniqueViolation(error)).toBe(true);
  });
});
