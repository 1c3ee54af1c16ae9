import type { WuyeDb } from "../../src/db/index.ts";

let counter = 0;
function next(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export interface EstateFixture {
  readonly companyId: string;
  readonly estateId: string;
  readonly buildingId: string;
  readonly unitId: string;
  readonly cashierId: string;
  readonly feeItemId: string;
  readonly feeStandardId: string;
}

/** A company with one estate, building, unit (98.50 m²), cashier and property-fee standard. */
export async function createEstate(prisma: WuyeDb): Promise<EstateFixture> {
  const company = await prisma.company.create({ data: { name: next("物业公司") } });
  const estate = await prisma.estate.create({ data: { companyId: company.id, name: next("小区") } });
  const building = await prisma.building.create({ data: { estateId: estate.id, name: "1栋" } });
  const unit = await prisma.unit.create({
    data: {
      estateId: estate.id,
      buildingId: building.id,
      number: "1-502",
      buildingArea: "98.50",
      status: "occupied",
      handoverDate: new Date("2025-03-01"),
    },
  });
  const cashier = await prisma.user.create({ data: { companyId: company.id, name: "收银员 王" } });
  const feeItem = await prisma.feeItem.create({
    data: { estateId: estate.id, code: "PROPERTY", name: "物业服务费", kind: "area" },
  });
  const standard = await prisma.feeStandard.create({
    data: { feeItemId: feeItem.id, unitPrice: "2.3000", effectiveFrom: new Date("2025-01-01") },
  });
  return {
    companyId: company.id,
    estateId: estate.id,
    buildingId: building.id,
    unitId: unit.id,
    cashierId: cashier.id,
    feeItemId: feeItem.id,
    feeStandardId: standard.id,
  };
}

/** A bill for one month with its property-fee line. */
export async function createBill(
  prisma: WuyeDb,
  estate: EstateFixture,
  month: string,
): Promise<{ billId: string; lineId: string }> {
  const periodStart = new Date(`${month}-01`);
  const periodEnd = new Date(periodStart);
  periodEnd.setUTCMonth(periodEnd.getUTCMonth() + 1, 0);
  const bill = await prisma.bill.create({
    data: {
      estateId: estate.estateId,
      unitId: estate.unitId,
      number: next(`B${month}`),
      periodStart,
      periodEnd,
      issuedOn: periodStart,
      dueDate: periodEnd,
      total: "226.55",
      lines: {
        create: {
          feeItemId: estate.feeItemId,
          feeStandardId: estate.feeStandardId,
          periodStart,
          periodEnd,
          quantity: "98.5000",
          unitPrice: "2.3000",
          amount: "226.55",
          basis: "98.50 m² × 2.3000 CNY × 1 month",
        },
      },
    },
    include: { lines: true },
  });
  return { billId: bill.id, lineId: bill.lines[0]!.id };
}
