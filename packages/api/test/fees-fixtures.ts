import type { WuyeDb } from "../src/db/index.ts";
import type { TestApi } from "./support/api.ts";
import { globalId, type World } from "./support/world.ts";

/**
 * Fixtures for the fees and collection tests: an estate's published fee items (stored the way the
 * API and the demo seed store them: the item's shape and unit types in the standard's `policy`),
 * extra units, meters with readings, and a GraphQL helper that fails loudly on top-level errors.
 */

export interface PublishedFees {
  readonly propertyItemId: string;
  readonly propertyStandardId: string;
  readonly waterItemId: string;
}

/** Property fee 2.35/m²/month and water 4.10/m³ for residential units, in force from 2025-01-01. */
export async function publishFees(prisma: WuyeDb, estateId: string): Promise<PublishedFees> {
  const property = await prisma.feeItem.create({
    data: { estateId, code: "property", name: "物业服务费", kind: "area" },
  });
  const standard = await prisma.feeStandard.create({
    data: {
      feeItemId: property.id,
      unitPrice: "2.35",
      effectiveFrom: new Date("2025-01-01"),
      policy: {
        unitTypes: ["residential"],
        item: { code: "property", kind: "area", name: { en: "Property service fee", zh: "物业服务费" } },
      },
    },
  });
  const water = await prisma.feeItem.create({
    data: { estateId, code: "water", name: "水费", kind: "metered", collectedOnBehalf: true },
  });
  await prisma.feeStandard.create({
    data: {
      feeItemId: water.id,
      unitPrice: "4.10",
      effectiveFrom: new Date("2025-01-01"),
      policy: {
        unitTypes: ["residential"],
        item: {
          code: "water",
          kind: "metered",
          meter: "water",
          measure: { en: "m³", zh: "吨" },
          name: { en: "Water", zh: "水费" },
        },
      },
    },
  });
  return { propertyItemId: property.id, propertyStandardId: standard.id, waterItemId: water.id };
}

let unitSequence = 0;

/** Another unit of the world's estate (building 3), handed over on `handoverDate` when given. */
export async function addUnit(
  prisma: WuyeDb,
  world: World,
  options: { area?: string; handoverDate?: string; estateId?: string; buildingId?: string } = {},
): Promise<string> {
  unitSequence += 1;
  const unit = await prisma.unit.create({
    data: {
      estateId: options.estateId ?? world.estateId,
      buildingId: options.buildingId ?? world.buildingId,
      number: `3-9${String(unitSequence).padStart(3, "0")}`,
      buildingArea: options.area ?? "100.00",
      status: options.handoverDate ? "occupied" : "awaitingHandover",
      ...(options.handoverDate ? { handoverDate: new Date(options.handoverDate) } : {}),
    },
  });
  return unit.id;
}

/** A water meter on a unit with readings `[readOn, value]`. */
export async function addWaterMeter(
  prisma: WuyeDb,
  world: World,
  unitId: string,
  readings: readonly (readonly [string, string])[],
): Promise<string> {
  unitSequence += 1;
  const meter = await prisma.meter.create({
    data: {
      estateId: world.estateId,
      unitId,
      kind: "water",
      serialNumber: `W-${process.pid}-${unitSequence}`,
    },
  });
  for (const [readOn, value] of readings) {
    await prisma.meterReading.create({
      data: { meterId: meter.id, readOn: new Date(readOn), value, readById: world.userIds.engineering! },
    });
  }
  return meter.id;
}

export type Row = Record<string, unknown> & { __typename?: string };

/** Runs a document and returns `data[field]`, failing the test on any top-level error. */
export async function call(
  api: TestApi,
  token: string | undefined,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<Row> {
  const result = await api.graphql<Record<string, Row>>(document, { token, variables });
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  const data = result.data ?? {};
  const [first] = Object.values(data);
  return first as Row;
}

export const ERROR_FIELDS = `... on Error { code message messageZh path }
  ... on RefusalError { rule refusals { code rule path } }
  ... on ValidationError { issues { path message } }`;

export const BILLING_RUN = `mutation ($input: BillingRunInput!) {
  billingRun(input: $input) {
    __typename
    ... on BillingRunPayload { period billCount lineCount total alreadyBilled creditApplied
      skipped { unit { number } refusals { code rule } } }
    ${ERROR_FIELDS}
  }
}`;

export async function runBilling(
  api: TestApi,
  token: string | undefined,
  estateId: string,
  period: string,
  extra = {},
) {
  return call(api, token, BILLING_RUN, {
    input: { estateId: globalId("Estate", estateId), period, ...extra },
  });
}

/** The database id inside a global id. */
export function rawId(global: unknown): string {
  return Buffer.from(String(global), "base64").toString("utf8").split(":")[1] ?? "";
}
