import {
  type AssemblyElectorate,
  type AssemblyVote,
  businessDateOf,
  type IsoDate,
  type MaintenanceFundPolicyInput,
  type Money,
  resolveMaintenanceFundPolicy,
} from "@wuye/domain";
import { visibleAssemblyVotes } from "../../auth/visibility.ts";
import type { WuyeDb, WuyeTx } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import { isoOf } from "../estate-dates.ts";
import { moneyOf } from "../fees/records.ts";
import { callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";

/**
 * Loading owners' assembly records as the domain knows them (R-GOV-1/2): a vote with its register
 * of owners and ballots, the estate's fund policy, the fund's balance from its ledger.
 */

/** The estate's fund policy: `Estate.policy.maintenanceFund` over the domain's default (no emergency use). */
export function estateFundPolicy(estate: { readonly policy: unknown }): MaintenanceFundPolicyInput {
  const stored = (estate.policy as { maintenanceFund?: MaintenanceFundPolicyInput } | null)?.maintenanceFund;
  return callDomain(
    () => resolveMaintenanceFundPolicy(stored && typeof stored === "object" ? stored : {}),
    ["estate", "policy", "maintenanceFund"],
  );
}

/** R-GOV-2: what the estate's maintenance fund holds — contributions less uses paid. */
export async function fundBalance(prisma: Pick<WuyeDb | WuyeTx, "maintenanceFundEntry">, estateId: string) {
  const sums = await prisma.maintenanceFundEntry.groupBy({
    by: ["kind"],
    where: { estateId },
    _sum: { amount: true },
  });
  const of = (kind: "contribution" | "use") => {
    const sum = sums.find((s) => s.kind === kind)?._sum.amount;
    return sum ? moneyOf(sum) : (0n as Money);
  };
  return (of("contribution") - of("use")) as Money;
}

export interface LoadedVote {
  readonly row: {
    readonly id: string;
    readonly estateId: string;
    readonly status: AssemblyVote["status"];
    readonly version: number;
  };
  readonly vote: AssemblyVote;
  /** Register entries by the domain's voter id, with their database ids. */
  readonly voterIds: ReadonlyMap<string, string>;
  readonly today: IsoDate;
  readonly timeZone: string;
}

/** Loads a vote the viewer may see, with its register of owners and ballots (else not found). */
export async function loadVote(
  sc: ServiceContext,
  globalId: GlobalId,
  path: readonly string[] = ["input", "voteId"],
): Promise<LoadedVote> {
  const id = idOf(globalId, "AssemblyVote", "assembly vote", path);
  const row = await sc.prisma.assemblyVote.findFirst({
    where: { id, AND: [visibleAssemblyVotes(sc.viewer)] },
    select: {
      id: true,
      estateId: true,
      status: true,
      version: true,
      title: true,
      matter: true,
      opensOn: true,
      closesOn: true,
      estate: { select: { timeZone: true } },
      voters: { select: { id: true, key: true, ownerIds: true, unitIds: true, area: true } },
      ballots: { select: { personId: true, choice: true }, orderBy: [{ castAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) throw new NotFoundError("assembly vote", path);
  const electorate: AssemblyElectorate = {
    voters: row.voters.map((v) => ({
      id: v.key,
      ownerIds: v.ownerIds,
      unitIds: v.unitIds,
      area: v.area.toFixed(2),
    })),
  };
  const vote: AssemblyVote = {
    id: row.id,
    matter: row.matter,
    title: row.title,
    opensOn: isoOf(row.opensOn),
    closesOn: isoOf(row.closesOn),
    status: row.status,
    electorate,
    ballots: row.ballots.map((b) => ({ ownerId: b.personId, choice: b.choice })),
  };
  return {
    row: { id: row.id, estateId: row.estateId, status: row.status, version: row.version },
    vote,
    voterIds: new Map(row.voters.map((v) => [v.key, v.id])),
    today: businessDateOf(sc.now, row.estate.timeZone),
    timeZone: row.estate.timeZone,
  };
}
