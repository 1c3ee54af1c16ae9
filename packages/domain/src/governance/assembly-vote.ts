import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Actor, WorkflowEvent } from "../workflow/index.ts";
import { tallyAssemblyVote } from "./tally.ts";
import type { AssemblyTally, AssemblyVote, AssemblyVoteStatus } from "./types.ts";
import { assemblyVoteWorkflow } from "./workflow.ts";

/** Who acts and when. */
export interface AssemblyStepOptions {
  readonly actor: Actor;
  readonly at: Date;
}

export type AssemblyVoteStep =
  | {
      readonly ok: true;
      readonly vote: AssemblyVote;
      readonly event: WorkflowEvent<AssemblyVoteStatus>;
    }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** A closed vote with its tally, or every refusal. */
export type AssemblyVoteCloseStep =
  | {
      readonly ok: true;
      readonly vote: AssemblyVote;
      readonly event: WorkflowEvent<AssemblyVoteStatus>;
      readonly tally: AssemblyTally;
    }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** R-GOV-1: opens a prepared vote for ballots, its register of owners fixed. */
export function openAssemblyVote(vote: AssemblyVote, options: AssemblyStepOptions): AssemblyVoteStep {
  const result = assemblyVoteWorkflow.transition(vote.status, vote, {
    action: "open",
    ...options,
    data: undefined,
  });
  return result.ok ? { ok: true, vote: { ...vote, status: result.state }, event: result.event } : result;
}

/**
 * R-GOV-1: closes a vote and counts it. The tally is on the closed vote and in the event's data,
 * so the history shows the figures the result was declared on.
 */
export function closeAssemblyVote(
  vote: AssemblyVote,
  options: AssemblyStepOptions & { readonly date: IsoDate },
): AssemblyVoteCloseStep {
  const { date, ...step } = options;
  const result = assemblyVoteWorkflow.transition(vote.status, vote, {
    action: "close",
    ...step,
    data: { date },
  });
  if (!result.ok) return result;
  const tally = tallyAssemblyVote(vote.electorate, vote.ballots, vote.matter);
  return {
    ok: true,
    vote: { ...vote, status: result.state, tally },
    event: { ...result.event, data: { date, tally } },
    tally,
  };
}
