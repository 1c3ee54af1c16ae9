import {
  assertMaintenanceFundUse,
  type BackingVote,
  businessDateOf,
  formatMoney,
  isPositiveMoney,
  type MaintenanceFundUse,
  type MaintenanceFundUseActions,
  type Money,
  maintenanceFundUseWorkflow,
} from "@wuye/domain";
import { staffRolesFor } from "../../auth/index.ts";
import { visibleEstates, visibleMaintenanceFundUses } from "../../auth/visibility.ts";
import {
  appendHistoryEvent,
  type RecordTransitionInput,
  recordTransition,
  type WuyeTx,
} from "../../db/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import { idempotent } from "../collection/idempotency.ts";
import { isoOf } from "../estate-dates.ts";
import { moneyOf } from "../fees/records.ts";
import {
  accepted,
  callDomain,
  ensure,
  type GlobalId,
  idOf,
  type ServiceContext,
  writeStep,
} from "../support.ts";
import { estateFundPolicy, fundBalance } from "./load.ts";

/**
 * The special maintenance fund 专项维修资金 (R-GOV-2): money the owners pay in is recorded in the
 * fund's ledger; a use on a common part is proposed, approved on a passed assembly vote (or as
 * emergency use where local rules allow), paid out of the ledger, and published to the owners.
 */

/** Who records money paid into the fund. */
export const FUND_CONTRIBUTION_ROLES = ["finance", "manager"] as const;
/** Who proposes a use: the manager, and engineering who finds what needs repair. */
export const FUND_PROPOSAL_ROLES = ["manager", "engineering"] as const;

export interface FundContributeInput {
  readonly estateId: GlobalId;
  readonly amount: Money;
  readonly reason: string;
  readonly idempotencyKey?: string | null;
}

/** R-GOV-2: records money the owners paid into the fund 交存; idempotent under retries. */
export async function contributeToFund(sc: ServiceContext, input: FundContributeInput) {
  const path = ["input", "estateId"];
  const estateId = idOf(input.estateId, "Estate", "estate", path);
  const estate = await sc.prisma.estate.findFirst({
    where: { id: estateId, AND: [visibleEstates(sc.viewer)] },
    select: { id: true },
  });
  if (!estate) throw new NotFoundError("estate", path);
  ensure(sc.viewer.isStaffIn(estateId, FUND_CONTRIBUTION_ROLES));
  if (!isPositiveMoney(input.amount)) {
    throw new ValidationError([
      { path: ["input", "amount"], message: "A contribution must be more than zero" },
    ]);
  }
  const { idempotencyKey, ...request } = input;
  return idempotent(
    sc,
    { operation: "maintenanceFundContribute", key: idempotencyKey, input: { ...request, estateId } },
    async (tx) => {
      const entry = await tx.maintenanceFundEntry.create({
        data: {
          estateId,
          kind: "contribution",
          amount: formatMoney(input.amount),
          reason: input.reason,
          createdById: sc.viewer.userId ?? "",
          createdAt: sc.now,
        },
        select: { id: true },
      });
      return { entryId: entry.id, estateId };
    },
  );
}

export interface FundUseProposeInput {
  readonly facilityId: GlobalId;
  readonly amount: Money;
  readonly purpose: string;
  readonly voteId?: GlobalId | null;
  readonly emergencyReason?: string | null;
}

/** R-GOV-2: a use of the fund on a common part (a facility of the ledger) is proposed. */
export async function proposeFundUse(sc: ServiceContext, input: FundUseProposeInput) {
  const path = ["input", "facilityId"];
  const facilityId = idOf(input.facilityId, "Facility", "facility", path);
  const facility = await sc.prisma.facility.findFirst({
    where: { id: facilityId, estateId: { in: sc.viewer.staffEstateIds() } },
    select: { id: true, estateId: true },
  });
  if (!facility) throw new NotFoundError("facility", path);
  ensure(sc.viewer.isStaffIn(facility.estateId, FUND_PROPOSAL_ROLES));
  let voteId: string | null = null;
  if (input.voteId) {
    const votePath = ["input", "voteId"];
    voteId = idOf(input.voteId, "AssemblyVote", "assembly vote", votePath);
    const vote = await sc.prisma.assemblyVote.findFirst({
      where: { id: voteId, estateId: facility.estateId },
      select: { id: true },
    });
    if (!vote) throw new NotFoundError("assembly vote", votePath);
  }
  const emergency = input.emergencyReason != null ? { reason: input.emergencyReason } : undefined;
  callDomain(() =>
    assertMaintenanceFundUse({
      amount: input.amount,
      purpose: input.purpose,
      ...(emergency ? { emergency } : {}),
    }),
  );
  const actor = sc.viewer.actorIn(facility.estateId, [...FUND_PROPOSAL_ROLES]);
  const created = await sc.prisma.$transaction(async (tx) => {
    const use = await tx.maintenanceFundUse.create({
      data: {
        estateId: facility.estateId,
        facilityId,
        voteId,
        amount: formatMoney(input.amount),
        purpose: input.purpose,
        emergencyReason: emergency?.reason ?? null,
      },
      select: { id: true },
    });
    await appendHistoryEvent(tx, use.id, {
      workflow: "maintenance fund use",
      action: "propose",
      from: maintenanceFundUseWorkflow.definition.initial,
      to: maintenanceFundUseWorkflow.definition.initial,
      actor,
      at: sc.now,
      data: { facilityId, amount: input.amount, purpose: input.purpose, voteId, emergency },
    });
    return use;
  });
  return { fundUseId: created.id };
}

interface LoadedFundUse {
  readonly row: {
    readonly id: string;
    readonly estateId: string;
    readonly status: MaintenanceFundUse["status"];
  };
  readonly use: MaintenanceFundUse;
  readonly vote: BackingVote | undefined;
  readonly estate: { readonly timeZone: string; readonly policy: unknown };
}

/** Loads a fund use the viewer may see, as the domain knows it (else not found). */
async function loadFundUse(sc: ServiceContext, globalId: GlobalId): Promise<LoadedFundUse> {
  const path = ["input", "fundUseId"];
  const id = idOf(globalId, "MaintenanceFundUse", "maintenance fund use", path);
  const row = await sc.prisma.maintenanceFundUse.findFirst({
    where: { id, AND: [visibleMaintenanceFundUses(sc.viewer)] },
    select: {
      id: true,
      estateId: true,
      status: true,
      amount: true,
      purpose: true,
      emergencyReason: true,
      estate: { select: { timeZone: true, policy: true } },
      facility: { select: { id: true, name: true, warrantyUntil: true } },
      vote: { select: { id: true, matter: true, status: true, passed: true } },
    },
  });
  if (!row) throw new NotFoundError("maintenance fund use", path);
  const { facility } = row;
  return {
    row,
    estate: row.estate,
    use: {
      id: row.id,
      status: row.status,
      commonPart: {
        id: facility.id,
        name: facility.name,
        ...(facility.warrantyUntil ? { warrantyUntil: isoOf(facility.warrantyUntil) } : {}),
      },
      amount: moneyOf(row.amount),
      purpose: row.purpose,
      ...(row.emergencyReason != null ? { emergency: { reason: row.emergencyReason } } : {}),
    },
    vote: row.vote
      ? {
          id: row.vote.id,
          matter: row.vote.matter,
          status: row.vote.status,
          passed: row.vote.passed === true,
        }
      : undefined,
  };
}

export interface FundUseStepInput {
  readonly fundUseId: GlobalId;
  readonly expectedVersion?: number | null;
}

/** One step of a fund use through the domain's workflow, written with its history line. */
async function stepFundUse<A extends keyof MaintenanceFundUseActions & string>(
  sc: ServiceContext,
  input: FundUseStepInput,
  action: A,
  data: (loaded: LoadedFundUse, tx: WuyeTx) => Promise<MaintenanceFundUseActions[A]>,
  write: (
    loaded: LoadedFundUse,
  ) => Pick<RecordTransitionInput<"maintenance fund use">, "changes" | "ledger"> = () => ({}),
) {
  const loaded = await loadFundUse(sc, input.fundUseId);
  const actor = sc.viewer.actorIn(loaded.row.estateId, staffRolesFor(maintenanceFundUseWorkflow, action));
  await writeStep("maintenance fund use", () =>
    sc.prisma.$transaction(async (tx) => {
      const stepData = await data(loaded, tx);
      const result = accepted(
        callDomain(() =>
          maintenanceFundUseWorkflow.transition(loaded.use.status, loaded.use, {
            action,
            actor,
            at: sc.now,
            data: stepData,
          }),
        ),
      );
      await recordTransition(tx, {
        recordId: loaded.row.id,
        event: { ...result.event, workflow: "maintenance fund use" },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        ...write(loaded),
      });
    }),
  );
  return { fundUseId: loaded.row.id };
}

/**
 * R-GOV-2: the manager approves — the common part out of warranty, a closed and passed vote on the
 * maintenance fund (or emergency use the estate's local rules allow), the amount within the balance.
 */
export function approveFundUse(sc: ServiceContext, input: FundUseStepInput) {
  return stepFundUse(
    sc,
    input,
    "approve",
    async (loaded, tx) => ({
      date: businessDateOf(sc.now, loaded.estate.timeZone),
      fundBalance: await fundBalance(tx, loaded.row.estateId),
      ...(loaded.vote ? { vote: loaded.vote } : {}),
      policy: estateFundPolicy(loaded.estate),
    }),
    () => ({ changes: { approvedAt: sc.now } }),
  );
}

/**
 * R-GOV-2: finance pays the use out of the fund: one `use` row in the ledger (one per use, unique
 * in the database), with the balance checked again under a lock on the estate, so two payments
 * at once cannot overdraw it.
 */
export function payFundUse(sc: ServiceContext, input: FundUseStepInput) {
  return stepFundUse(
    sc,
    input,
    "pay",
    async (loaded, tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Estate" WHERE "id" = ${loaded.row.estateId}::uuid FOR NO KEY UPDATE`;
      return { fundBalance: await fundBalance(tx, loaded.row.estateId) };
    },
    (loaded) => ({
      changes: { paidAt: sc.now },
      ledger: [
        {
          kind: "maintenanceFundEntry",
          data: {
            estateId: loaded.row.estateId,
            kind: "use",
            amount: formatMoney(loaded.use.amount),
            fundUseId: loaded.row.id,
            reason: `${loaded.use.commonPart.name}: ${loaded.use.purpose}`,
            createdById: sc.viewer.userId ?? "",
            createdAt: sc.now,
          },
        },
      ],
    }),
  );
}

/** R-GOV-2: the use is published to the owners (an emergency use afterwards). */
export function publishFundUse(sc: ServiceContext, input: FundUseStepInput & { readonly notice: string }) {
  return stepFundUse(
    sc,
    input,
    "publish",
    async () => ({ notice: input.notice }),
    () => ({ changes: { publishedAt: sc.now, notice: input.notice } }),
  );
}

/** R-GOV-2: a use is withdrawn before any money is paid. */
export function withdrawFundUse(sc: ServiceContext, input: FundUseStepInput & { readonly reason: string }) {
  return stepFundUse(sc, input, "withdraw", async () => ({ reason: input.reason }));
}
