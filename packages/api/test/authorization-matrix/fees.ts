import type { WuyeDb } from "../../src/db/index.ts";
import { globalId, type World } from "../support/world.ts";
import { type MatrixRows, staff } from "./types.ts";

/**
 * Fees and collection: fee standards, meters, bills, payments, prepaid credit, corrections,
 * reports and the collection ladder. The samples create what they act on (a fee item, a bill, a
 * payment), each call its own, so every role's attempt runs against a fresh record.
 */

const readers = [...staff, "owner", "tenant"] as const;
const moneyDesk = ["cashier", "finance", "manager"] as const;
const collectors = ["customer_service", "cashier", "finance", "manager"] as const;

let sequence = 0;
const next = () => `${process.pid}-${++sequence}`;

async function feeItem(prisma: WuyeDb, world: World) {
  const item = await prisma.feeItem.create({
    data: { estateId: world.estateId, code: `matrix-${next()}`, name: "物业服务费", kind: "area" },
  });
  const standard = await prisma.feeStandard.create({
    data: { feeItemId: item.id, unitPrice: "2.00", effectiveFrom: new Date("2020-01-01") },
  });
  return { item, standard };
}

async function bill(prisma: WuyeDb, world: World) {
  const { item, standard } = await feeItem(prisma, world);
  return prisma.bill.create({
    data: {
      estateId: world.estateId,
      unitId: world.ownerUnitId,
      number: `MATRIX-${next()}`,
      periodStart: new Date("2020-01-01"),
      periodEnd: new Date("2020-01-31"),
      issuedOn: new Date("2020-01-01"),
      dueDate: new Date("2020-01-31"),
      total: "10.00",
      lines: {
        create: {
          feeItemId: item.id,
          feeStandardId: standard.id,
          periodStart: new Date("2020-01-01"),
          periodEnd: new Date("2020-01-31"),
          quantity: "5",
          unitPrice: "2.00",
          amount: "10.00",
          basis: "matrix",
        },
      },
    },
  });
}

async function payment(prisma: WuyeDb, world: World) {
  return prisma.payment.create({
    data: {
      estateId: world.estateId,
      unitId: world.ownerUnitId,
      amount: "5.00",
      method: "cash",
      receivedAt: new Date("2020-02-01T00:00:00Z"),
      reason: "matrix",
      createdById: world.userIds.cashier!,
      creditEntries: {
        create: {
          unitId: world.ownerUnitId,
          direction: "credit",
          amount: "5.00",
          reason: "matrix",
          createdById: world.userIds.cashier!,
        },
      },
    },
  });
}

export const FEES_MATRIX: MatrixRows = {
  // ── queries ──
  "Query.feeItems": { allowed: readers, document: "{ feeItems(first: 1) { edges { cursor } } }" },
  "Query.meters": { allowed: readers, document: "{ meters(first: 1) { edges { cursor } } }" },
  "Query.bills": { allowed: readers, document: "{ bills(first: 1) { totalCount } }" },
  "Query.payments": { allowed: readers, document: "{ payments(first: 1) { edges { cursor } } }" },
  "Query.arrearsAging": {
    allowed: moneyDesk,
    document: "query ($e: ID!) { arrearsAging(estateId: $e) { total } }",
    variables: (w) => ({ e: globalId("Estate", w.estateId) }),
  },
  "Query.collectionRates": {
    allowed: moneyDesk,
    document: `query ($e: ID!) { collectionRates(estateId: $e, period: "2026-01") { collection { percentage } } }`,
    variables: (w) => ({ e: globalId("Estate", w.estateId) }),
  },
  "Query.remindersDue": {
    allowed: collectors,
    document: "query ($e: ID!) { remindersDue(estateId: $e, first: 1) { edges { cursor } } }",
    variables: (w) => ({ e: globalId("Estate", w.estateId) }),
  },
  "Query.collectionCase": {
    allowed: collectors,
    document: "query ($u: ID!) { collectionCase(unitId: $u) { stage } }",
    variables: (w) => ({ u: globalId("Unit", w.ownerUnitId) }),
  },
  "Query.collectionAttempts": {
    allowed: collectors,
    document: "{ collectionAttempts(first: 1) { edges { cursor } } }",
  },
  // ── fees ──
  "Mutation.feeItemCreate": {
    allowed: ["manager", "finance"],
    document: `mutation ($input: FeeItemCreateInput!) { feeItemCreate(input: $input) { __typename } }`,
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        code: `matrix-item-${next()}`,
        name: { en: "Lift fee", zh: "电梯费" },
        kind: "fixed",
        per: "unit",
        unitTypes: ["residential"],
        unitPrice: "20.00",
        effectiveFrom: "2030-01-01",
      },
    }),
  },
  "Mutation.feeStandardCreate": {
    allowed: ["manager", "finance"],
    document: `mutation ($input: FeeStandardCreateInput!) { feeStandardCreate(input: $input) { __typename } }`,
    variables: async (w, prisma) => ({
      input: {
        feeItemId: globalId("FeeItem", (await feeItem(prisma, w)).item.id),
        unitPrice: "2.10",
        effectiveFrom: "2030-01-01",
      },
    }),
  },
  "Mutation.meterReadingRecord": {
    allowed: ["engineering", "cashier", "manager"],
    document: `mutation ($input: MeterReadingRecordInput!) { meterReadingRecord(input: $input) { __typename } }`,
    variables: async (w, prisma) => {
      const meter = await prisma.meter.create({
        data: {
          estateId: w.estateId,
          unitId: w.ownerUnitId,
          kind: "water",
          serialNumber: `MATRIX-${next()}`,
        },
      });
      return { input: { meterId: globalId("Meter", meter.id), readOn: "2020-01-31", value: "12" } };
    },
  },
  "Mutation.billingRun": {
    allowed: moneyDesk,
    document: `mutation ($input: BillingRunInput!) { billingRun(input: $input) { __typename } }`,
    variables: (w) => ({ input: { estateId: globalId("Estate", w.estateId), period: "2019-12" } }),
  },
  "Mutation.billHandoverPrepayment": {
    allowed: moneyDesk,
    document: `mutation ($input: BillHandoverPrepaymentInput!) { billHandoverPrepayment(input: $input) { __typename } }`,
    variables: (w) => ({ input: { unitId: globalId("Unit", w.ownerUnitId) } }),
  },
  // ── collection ──
  "Mutation.paymentRecord": {
    allowed: moneyDesk,
    document: `mutation ($input: PaymentRecordInput!) { paymentRecord(input: $input) { __typename } }`,
    variables: (w) => ({
      input: {
        unitId: globalId("Unit", w.ownerUnitId),
        amount: "1.00",
        method: "cash",
        idempotencyKey: `matrix-${next()}`,
      },
    }),
  },
  "Mutation.billPay": {
    allowed: [...moneyDesk, "owner", "tenant"],
    document: `mutation ($input: BillPayInput!) { billPay(input: $input) { __typename } }`,
    variables: async (w, prisma) => ({
      input: { billId: globalId("Bill", (await bill(prisma, w)).id), idempotencyKey: `matrix-${next()}` },
    }),
  },
  "Mutation.creditApply": {
    allowed: moneyDesk,
    document: `mutation ($input: CreditApplyInput!) { creditApply(input: $input) { __typename } }`,
    variables: (w) => ({ input: { unitId: globalId("Unit", w.ownerUnitId) } }),
  },
  "Mutation.paymentReverse": {
    allowed: ["finance", "manager"],
    document: `mutation ($input: PaymentReverseInput!) { paymentReverse(input: $input) { __typename } }`,
    variables: async (w, prisma) => ({
      input: { paymentId: globalId("Payment", (await payment(prisma, w)).id), reason: "matrix correction" },
    }),
  },
  "Mutation.collectionAttemptRecord": {
    allowed: collectors,
    document: `mutation ($input: CollectionAttemptRecordInput!) { collectionAttemptRecord(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { unitId: globalId("Unit", w.ownerUnitId), measure: "cutWater", outcome: "noResponse" },
    }),
  },
  "Mutation.lateChargePolicySet": {
    allowed: ["finance", "manager"],
    document: `mutation ($input: LateChargePolicySetInput!) { lateChargePolicySet(input: $input) { __typename } }`,
    variables: (w) => ({ input: { estateId: globalId("Estate", w.estateId), enabled: false } }),
  },
};
