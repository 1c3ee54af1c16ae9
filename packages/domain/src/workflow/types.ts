import type { Refusal } from "../errors/index.ts";

/** Who acted: a staff member in a role, an owner or tenant, or the system (timers, re-evaluation). */
export interface Actor {
  readonly id: string;
  readonly role: string;
  readonly name?: string;
}

/**
 * One line of history (R-QLT-2): who moved which record from which state to which, when, and
 * with what data. Every accepted transition produces exactly one.
 */
export interface WorkflowEvent<S extends string = string, A extends string = string> {
  readonly workflow: string;
  readonly action: A;
  readonly from: S;
  readonly to: S;
  readonly actor: Actor;
  readonly at: Date;
  readonly data?: unknown;
}

/** What a guard sees: the record, the action's data, who acts and when. */
export interface GuardInput<R, D> {
  readonly record: R;
  readonly data: D;
  readonly actor: Actor;
  readonly at: Date;
}

/** A guard returns nothing to allow, or one or more refusals to refuse. */
export type Guard<R, D> = (input: GuardInput<R, D>) => Refusal | readonly Refusal[] | undefined;

/** One row of a transition table. */
export interface TransitionDefinition<S extends string, A extends string, R, D> {
  readonly action: A;
  readonly from: S | readonly S[];
  readonly to: S;
  /** Rule IDs the transition implements, shown in the README table. */
  readonly rules?: readonly string[];
  /** Roles allowed to take the action; absent means any actor. */
  readonly roles?: readonly string[];
  readonly guard?: Guard<R, D>;
  /** One line for the README table, saying when the transition applies. */
  readonly note?: string;
}

export type TransitionResult<S extends string, A extends string> =
  | { readonly ok: true; readonly state: S; readonly event: WorkflowEvent<S, A> }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };
