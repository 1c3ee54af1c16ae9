import { type ComplaintSeverity, reevaluateComplaintSeverity } from "@wuye/domain";
import type { WuyeDb } from "../db/index.ts";
import { ConflictError } from "../errors/index.ts";
import type { WuyePubSub } from "../pubsub/index.ts";
import { complaintColumnsOf, rebuildLoadedComplaint, writeComplaintStep } from "./complaint-store.ts";

/**
 * R-CMP-3: "a valid complaint remains unresolved for one week" makes it major with no one doing
 * anything, so the server re-evaluates open complaints on a schedule (see
 * `server/complaint-escalation-timer.ts`). The domain decides; this only finds the candidates
 * and writes an escalation, as the system, like any other step. Several API instances may sweep
 * at once: each write carries the version it read, so a complaint escalates once.
 */

export interface ComplaintEscalationDeps {
  readonly prisma: WuyeDb;
  readonly pubsub: WuyePubSub;
  readonly now: Date;
}

export interface ComplaintEscalation {
  readonly complaintId: string;
  readonly estateId: string;
  readonly from: ComplaintSeverity;
  readonly to: ComplaintSeverity;
}

export interface ComplaintEscalationSweep {
  /** Open, classified, not-yet-major complaints the domain looked at. */
  readonly checked: number;
  readonly escalated: readonly ComplaintEscalation[];
}

/** The system acts when time alone raises a severity; its history line has no user. */
const SYSTEM = { id: "system", role: "system" } as const;

const PAGE = 200;

export async function escalateUnresolvedComplaints(
  deps: ComplaintEscalationDeps,
): Promise<ComplaintEscalationSweep> {
  const escalated: ComplaintEscalation[] = [];
  let checked = 0;
  let after: string | undefined;
  for (;;) {
    const page = await deps.prisma.complaint.findMany({
      // A major complaint cannot rise further; invalid and closed ones are out of the flow.
      where: {
        severity: { in: ["minor", "important"] },
        status: { notIn: ["received", "invalid", "closed"] },
        receivedAt: { lte: deps.now },
        ...(after ? { id: { gt: after } } : {}),
      },
      include: { estate: { select: { policy: true } } },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    for (const found of page) {
      checked += 1;
      const escalation = await escalateOne(deps, found);
      if (escalation) escalated.push(escalation);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id;
  }
  return { checked, escalated };
}

async function escalateOne(
  deps: ComplaintEscalationDeps,
  found: Parameters<typeof rebuildLoadedComplaint>[1],
): Promise<ComplaintEscalation | undefined> {
  const loaded = await rebuildLoadedComplaint(deps.prisma, found);
  const outcome = reevaluateComplaintSeverity(loaded.domain, { actor: SYSTEM, at: deps.now }, loaded.policy);
  // A refusal means the complaint is not open to re-evaluation (resolved, say): nothing to do.
  if (!outcome.ok || !outcome.escalated) return undefined;
  try {
    await writeComplaintStep(deps, {
      loaded,
      event: outcome.event,
      expectedVersion: loaded.row.version,
      changes: complaintColumnsOf(outcome.complaint, loaded.row, outcome.classification),
    });
  } catch (error) {
    // Someone moved it first (another instance's sweep, or staff): the next sweep sees the new state.
    if (error instanceof ConflictError) return undefined;
    throw error;
  }
  return {
    complaintId: loaded.row.id,
    estateId: loaded.row.estateId,
    from: loaded.domain.severity ?? "minor",
    to: outcome.complaint.severity ?? "minor",
  };
}
