import {
  businessDateOf,
  type IsoDate,
  type ReleasePass,
  type ReleasePolicy,
  type ReleasePolicyInput,
  resolveReleasePolicy,
} from "@wuye/domain";
import { visibleReleasePasses } from "../../auth/visibility.ts";
import type { WuyeDb } from "../../db/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import type { StoredEvent } from "../renovation/stored-record.ts";
import { callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { releasePassFromHistory } from "./record.ts";

/** The history events of some passes, oldest first, by pass. */
export async function eventsOfPasses(
  prisma: Pick<WuyeDb, "workflowEvent">,
  passIds: readonly string[],
): Promise<Map<string, StoredEvent[]>> {
  const rows = await prisma.workflowEvent.findMany({
    where: { workflow: "release pass", recordId: { in: [...passIds] } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      recordId: true,
      action: true,
      fromState: true,
      toState: true,
      actorId: true,
      actorRole: true,
      at: true,
      data: true,
    },
  });
  const grouped = new Map<string, StoredEvent[]>(passIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.recordId)?.push(row);
  return grouped;
}

/**
 * An estate's item-release settings: `Estate.policy.release` (`passRequiredFor`,
 * `unusualRemoval`, `formItemLines`) over the domain's defaults, in the estate's time zone.
 */
export function estateReleasePolicy(estate: {
  readonly policy: unknown;
  readonly timeZone: string;
}): ReleasePolicy {
  const stored = (estate.policy as { release?: ReleasePolicyInput } | null)?.release;
  return callDomain(
    () =>
      resolveReleasePolicy({
        ...(stored && typeof stored === "object" ? stored : {}),
        timeZone: estate.timeZone,
      }),
    ["estate", "policy", "release"],
  );
}

export interface LoadedReleasePass {
  readonly row: {
    readonly id: string;
    readonly estateId: string;
    readonly unitId: string;
    readonly status: ReleasePass["status"];
    readonly version: number;
    readonly reason: ReleasePass["reason"];
  };
  readonly pass: ReleasePass;
  readonly policy: ReleasePolicy;
  readonly today: IsoDate;
  /** The user who asked for the pass online, who may follow it. */
  readonly requestedByUserId: string | null;
}

/** Loads a pass the viewer may see and rebuilds it as the domain knows it (else not found). */
export async function loadReleasePass(
  sc: ServiceContext,
  globalId: GlobalId,
  path: readonly string[] = ["input", "passId"],
): Promise<LoadedReleasePass> {
  const id = idOf(globalId, "ReleasePass", "release pass", path);
  const row = await sc.prisma.releasePass.findFirst({
    where: { id, AND: [visibleReleasePasses(sc.viewer)] },
    select: {
      id: true,
      estateId: true,
      unitId: true,
      status: true,
      version: true,
      reason: true,
      estate: { select: { timeZone: true, policy: true } },
    },
  });
  if (!row) throw new NotFoundError("release pass", path);
  const events = (await eventsOfPasses(sc.prisma, [id])).get(id) ?? [];
  const pass = releasePassFromHistory(row, events);
  if (!pass) {
    throw new ValidationError([
      {
        path: [...path],
        message: "This release pass was not recorded through the API; it can be read but not acted on",
      },
    ]);
  }
  const policy = estateReleasePolicy(row.estate);
  const first = events[0];
  const requestedByUserId =
    first && (first.actorRole === "owner" || first.actorRole === "tenant") ? first.actorId : null;
  return { row, pass, policy, today: businessDateOf(sc.now, policy.timeZone), requestedByUserId };
}
