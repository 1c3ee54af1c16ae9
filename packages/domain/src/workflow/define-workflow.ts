import type { Refusal } from "../errors/index.ts";
import { workflowErrors } from "./errors.ts";
import type { Actor, TransitionDefinition, TransitionResult, WorkflowEvent } from "./types.ts";

/** Data each action carries, by action name (`{ assign: { department: string } }`). */
// biome-ignore lint/suspicious/noExplicitAny: the map is supplied per workflow
export type ActionDataMap = Record<string, any>;

export interface WorkflowDefinition<S extends string, M extends ActionDataMap, R> {
  /** The record's name in messages and events, e.g. `complaint`. */
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  /** States in which the record is finished; no transition leaves them. */
  readonly final: readonly S[];
  readonly transitions: readonly {
    [A in keyof M & string]: TransitionDefinition<S, A, R, M[A]>;
  }[keyof M & string][];
}

export interface TransitionRequest<A extends string, D> {
  readonly action: A;
  readonly actor: Actor;
  readonly at: Date;
  readonly data: D;
}

/** A row of the printed transition table. */
export interface TransitionTableRow {
  readonly action: string;
  readonly from: readonly string[];
  readonly to: string;
  readonly roles: readonly string[];
  readonly rules: readonly string[];
  readonly guarded: boolean;
  readonly note: string;
}

export interface Workflow<S extends string, M extends ActionDataMap, R> {
  readonly definition: WorkflowDefinition<S, M, R>;
  /** Applies an action to a record in `state`; refusals explain every reason it cannot. */
  transition<A extends keyof M & string>(
    state: S,
    record: R,
    request: TransitionRequest<A, M[A]>,
  ): TransitionResult<S, A>;
  /** The actions whose from-state matches, whatever their guards would say. */
  actionsFrom(state: S): readonly (keyof M & string)[];
  isFinal(state: S): boolean;
  table(): readonly TransitionTableRow[];
}

function asList<S>(value: S | readonly S[]): readonly S[] {
  return Array.isArray(value) ? (value as readonly S[]) : [value as S];
}

/**
 * The one state-machine kit every workflow uses: a transition table, role checks, guards that
 * return typed refusals, and an event for the history (R-QLT-2) on every accepted transition.
 */
export function defineWorkflow<S extends string, M extends ActionDataMap, R>(
  definition: WorkflowDefinition<S, M, R>,
): Workflow<S, M, R> {
  const byAction = new Map<string, TransitionDefinition<S, string, R, unknown>[]>();
  for (const t of definition.transitions as readonly TransitionDefinition<S, string, R, unknown>[]) {
    for (const from of asList(t.from)) {
      if (definition.final.includes(from)) {
        throw new Error(`${definition.name}: transition "${t.action}" leaves final state ${from}`);
      }
    }
    const list = byAction.get(t.action) ?? [];
    list.push(t);
    byAction.set(t.action, list);
  }

  return {
    definition,
    transition(state, record, request) {
      const candidates = byAction.get(request.action);
      if (!candidates) {
        return {
          ok: false,
          refusals: [
            workflowErrors.WORKFLOW_UNKNOWN_ACTION.refuse({
              workflow: definition.name,
              action: request.action,
            }),
          ],
        };
      }
      const t = candidates.find((c) => asList(c.from).includes(state));
      if (!t) {
        return {
          ok: false,
          refusals: [
            workflowErrors.WORKFLOW_ACTION_NOT_ALLOWED.refuse({
              workflow: definition.name,
              action: request.action,
              state,
            }),
          ],
        };
      }
      if (t.roles && !t.roles.includes(request.actor.role)) {
        return {
          ok: false,
          refusals: [
            workflowErrors.WORKFLOW_ROLE_NOT_ALLOWED.refuse({
              workflow: definition.name,
              action: request.action,
              role: request.actor.role,
            }),
          ],
        };
      }
      const verdict = t.guard?.({ record, data: request.data, actor: request.actor, at: request.at });
      const refusals: readonly Refusal[] =
        verdict === undefined ? [] : Array.isArray(verdict) ? verdict : [verdict as Refusal];
      if (refusals.length > 0) return { ok: false, refusals };
      const event: WorkflowEvent<S, typeof request.action> = {
        workflow: definition.name,
        action: request.action,
        from: state,
        to: t.to,
        actor: request.actor,
        at: request.at,
        ...(request.data === undefined ? {} : { data: request.data }),
      };
      return { ok: true, state: t.to, event };
    },
    actionsFrom(state) {
      return [...byAction.entries()]
        .filter(([, ts]) => ts.some((t) => asList(t.from).includes(state)))
        .map(([action]) => action as keyof M & string);
    },
    isFinal(state) {
      return definition.final.includes(state);
    },
    table() {
      return (definition.transitions as readonly TransitionDefinition<S, string, R, unknown>[]).map((t) => ({
        action: t.action,
        from: asList(t.from),
        to: t.to,
        roles: t.roles ?? [],
        rules: t.rules ?? [],
        guarded: t.guard !== undefined,
        note: t.note ?? "",
      }));
    },
  };
}
