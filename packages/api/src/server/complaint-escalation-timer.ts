import type { WuyeServices } from "../context.ts";
import {
  type ComplaintEscalationSweep,
  escalateUnresolvedComplaints,
} from "../services/complaint-escalation.ts";

export interface ComplaintEscalationTimer {
  /** Runs one sweep now (as the timer would) and returns what it escalated. */
  sweep(): Promise<ComplaintEscalationSweep>;
  /** Stops the timer and waits for a sweep under way. */
  stop(): Promise<void>;
}

/**
 * Sweeps for complaints that time alone makes major (R-CMP-3, one week unresolved): once at
 * start, to catch up after downtime, then every `intervalMs`. Sweeps never overlap in one
 * instance; across instances the version check keeps an escalation single. A failed sweep is
 * logged and retried on the next tick rather than stopping the server.
 */
export function startComplaintEscalation(
  services: Pick<WuyeServices, "db" | "pubsub" | "now">,
  options: { readonly intervalMs: number; readonly log?: Pick<Console, "error"> },
): ComplaintEscalationTimer {
  const log = options.log ?? console;
  let running: Promise<ComplaintEscalationSweep> | undefined;
  const sweep = () => {
    running ??= (async () =>
      escalateUnresolvedComplaints({
        prisma: services.db.prisma,
        pubsub: services.pubsub,
        now: services.now(),
      }))().finally(() => {
      running = undefined;
    });
    return running;
  };
  const tick = () => {
    if (running) return;
    sweep().catch((error: unknown) => log.error("complaint escalation sweep failed", error));
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
