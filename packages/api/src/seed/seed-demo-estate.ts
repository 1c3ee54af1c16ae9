import type { FeePolicy } from "@wuye/domain";
import { hashPassword as argon2idHash } from "../auth/index.ts";
import { isUniqueViolation, type WuyeDb, type WuyeTx } from "../db/index.ts";
import { writeChunkBills } from "./billing.ts";
import { BulkWriter, type SeedTable } from "./bulk-writer.ts";
import { businessDate } from "./clock.ts";
import { writeCollectionAttempts } from "./collection.ts";
import type { EstateSeed, SeedContext } from "./context.ts";
import { DEMO_LOGINS, type DemoLogin } from "./demo-logins.ts";
import { writeEstateFees } from "./fee-schedule.ts";
import { SeedIds } from "./ids.ts";
import { type ResolvedSeedOptions, resolveSeedOptions, type SeedDemoEstateOptions } from "./options.ts";
import {
  DEMO_COMPANY_CREDIT_CODE,
  estatePolicy,
  hashDemoPasswords,
  writeDemoCredentials,
  writeDemoResidentUsers,
  writeOrganisation,
} from "./organisation.ts";
import type { UnitAccount } from "./payments.ts";
import { writeChunkPayments } from "./payments.ts";
import { People } from "./people.ts";
import { SeededRandom } from "./random.ts";
import { type UnitLife, writeUnitLife } from "./residents.ts";
import { writeStories } from "./stories.ts";
import { planDemoEstates } from "./unit-plan.ts";

/** What seeding did, for `pnpm db:seed` to print and tests to check. */
export interface DemoEstateSummary {
  /** False when the demo company was already there: nothing was written. */
  readonly created: boolean;
  readonly companyId: string;
  readonly estates: readonly { readonly id: string; readonly name: string; readonly units: number }[];
  /** Rows written per table (empty when nothing was created). */
  readonly rows: Readonly<Partial<Record<SeedTable, number>>>;
  readonly durationMs: number;
  readonly logins: readonly DemoLogin[];
}

/** A database to seed: `openDatabase()`'s result, or anything with its Prisma client. */
export interface SeedableDatabase {
  readonly prisma: WuyeDb;
}

/**
 * Seeds the demo estate: one company 悦居物业 with two estates — Sunny Garden and Riverside Court,
 * about 1,200 units by default — their people, staff and demo logins, fee standards, twelve months
 * of bills computed by the domain and paid (or not) through the domain's allocation, collection on
 * the arrears, and every workflow (complaints, service requests, repairs, renovations, release
 * passes, incidents…) walked with the domain's transitions into every one of its states, each with
 * its history. Deterministic: the same options give the same rows. Idempotent: when the demo
 * company exists already, nothing is written and `created` is false. Everything is written in
 * one transaction, so a failed seed leaves nothing behind.
 */
export async function seedDemoEstate(
  database: SeedableDatabase,
  options: SeedDemoEstateOptions = {},
): Promise<DemoEstateSummary> {
  const resolved = resolveSeedOptions(options);
  const started = performance.now();
  const existing = await findDemoCompany(database.prisma);
  if (existing) return existingSummary(database.prisma, existing, started);
  // A phone that already signs someone in (say, an earlier minimal demo) keeps its login.
  const taken = await database.prisma.credential.findMany({
    where: { kind: "password", identifier: { in: DEMO_LOGINS.map((login) => login.phone) } },
    select: { identifier: true },
  });
  const takenPhones = new Set(taken.map((credential) => credential.identifier));
  if (takenPhones.size > 0) {
    resolved.log(`demo logins already in use, left as they are: ${[...takenPhones].join(", ")}`);
  }
  const hashes = await hashDemoPasswords(options.hashPassword ?? argon2idHash, takenPhones);
  try {
    const result = await database.prisma.$transaction((tx) => seedInTransaction(tx, resolved, hashes), {
      maxWait: 60_000,
      timeout: 6 * 3_600_000,
    });
    return { ...result, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Another process seeded the demo company at the same moment: theirs stands.
    if (isUniqueViolation(error)) {
      const other = await findDemoCompany(database.prisma);
      if (other) return existingSummary(database.prisma, other, started);
    }
    throw error;
  }
}

/** The estate's fee policy overrides (R-FEE-11's vacancy discount), as the API reads them. */
function feePolicyOf(policy: object): Partial<FeePolicy> {
  return ("fees" in policy ? policy.fees : {}) as Partial<FeePolicy>;
}

async function findDemoCompany(prisma: WuyeDb) {
  return prisma.company.findUnique({ where: { creditCode: DEMO_COMPANY_CREDIT_CODE }, select: { id: true } });
}

async function existingSummary(
  prisma: WuyeDb,
  company: { id: string },
  started: number,
): Promise<DemoEstateSummary> {
  const estates = await prisma.estate.findMany({
    where: { companyId: company.id },
    select: { id: true, name: true, _count: { select: { units: true } } },
    orderBy: { createdAt: "asc" },
  });
  return {
    created: false,
    companyId: company.id,
    estates: estates.map((e) => ({ id: e.id, name: e.name, units: e._count.units })),
    rows: {},
    durationMs: Math.round(performance.now() - started),
    logins: DEMO_LOGINS,
  };
}

async function seedInTransaction(
  tx: WuyeTx,
  options: ResolvedSeedOptions,
  hashes: ReadonlyMap<string, string>,
): Promise<Omit<DemoEstateSummary, "durationMs">> {
  const { now, log } = options;
  const random = new SeededRandom(options.seed);
  const ids = new SeedIds(now, random.fork("ids").nextUint32());
  const writer = new BulkWriter();
  const today = businessDate(now);

  const plan = planDemoEstates(options.units, today, ids, random.fork("plan"));
  const companyId = ids.next();
  const organisation = writeOrganisation(writer, ids, companyId, plan.estates);
  const estates: EstateSeed[] = plan.estates.map((layout, index) => ({
    ...layout,
    staff: organisation.staffByEstate[index]!,
    fees: writeEstateFees(writer, ids, layout, feePolicyOf(estatePolicy(layout.key))),
  }));
  const ctx: SeedContext = { now, today, random, ids, writer, companyId, estates };
  await writer.flush(tx);
  log(`company, ${estates.length} estates, staff and fee standards written`);

  const people = new People(writer, ids, companyId, plan.personCount);
  const lives: UnitLife[] = [];
  const accounts = new Map<string, UnitAccount>();
  // Each chunk is computed while the previous one is being written (PostgreSQL works meanwhile).
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < plan.units.length; start += options.unitsPerChunk) {
    const chunk = plan.units.slice(start, start + options.unitsPerChunk);
    const chunkLives = chunk.map((unit) =>
      writeUnitLife(ctx, people, estates[unit.estateIndex]!, unit, plan.demoTenant),
    );
    const bills = writeChunkBills(ctx, chunkLives);
    const chunkAccounts = writeChunkPayments(ctx, chunkLives, bills);
    for (const life of chunkLives) {
      const account = chunkAccounts.get(life.plan.id);
      if (account) writeCollectionAttempts(ctx, life, account);
      if (account && life.plan.featured) accounts.set(life.plan.id, account);
      // Keep what the stories need; the prepaid bills are written and can go.
      const { prepayment: _written, ...kept } = life;
      lives.push(kept);
    }
    await writing;
    writing = writer.flush(tx);
    log(`units ${start + 1}–${start + chunk.length} of ${plan.units.length}: archive, bills and payments`);
  }
  await writing;

  const residentUsers = writeDemoResidentUsers(
    writer,
    ids,
    companyId,
    { owner: plan.demoOwner, tenant: plan.demoTenant },
    now,
  );
  writeDemoCredentials(writer, ids, new Map([...organisation.demoUserIds, ...residentUsers]), hashes, now);
  writeStories(ctx, { lives, accounts });
  writer.add("AuditLog", {
    id: ids.next(),
    at: now,
    actorId: null,
    actorRole: "system",
    estateId: null,
    action: "seedDemoEstate",
    entity: "Company",
    entityId: companyId,
    data: { units: options.units, seed: options.seed, now: now.toISOString() },
    ip: null,
    requestId: null,
  });
  await writer.flush(tx);
  log("workflows, facilities, emergencies and community written");

  return {
    created: true,
    companyId,
    estates: estates.map((estate) => ({
      id: estate.id,
      name: estate.name,
      units: plan.units.filter((unit) => unit.estateIndex === estate.index).length,
    })),
    rows: Object.fromEntries(writer.counts()),
    logins: DEMO_LOGINS,
  };
}
