import { expect } from "vitest";
import type { TestApi } from "./support/api.ts";

/**
 * Helpers for the repairs tests: one document per mutation, selecting the whole order, so each
 * test reads as the business steps it takes.
 */
export const REPAIR_ORDER_FIELDS = `fragment RepairOrderFields on RepairOrder {
  id number status version category trade location requesterName requesterPhone onSiteNow repeatCount
  coverage freePlan workDone withdrawnReason nextDueAt overdue respondedAt completedAt acceptedAt closedAt
  unit { number }
  technician { id name trades }
  warranty { status category endDate periodTextZh periodSource explanation explanationZh cause }
  quote { priceListId total labour materials explanation explanationZh reason acceptedAt
    lines { code name quantity unitPrice amount explanation explanationZh } }
  deadlines { step rule state due doneAt }
  quotes { total labour materials decision explanation }
  returnVisits { satisfied comment }
  history { edges { node { action fromState toState actorRole data } } }
}`;

export type Json = Record<string, unknown>;
export type MutationResult = Json & { __typename: string; repairOrder?: Json & { id: string } };

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Runs `repair<Action>` with `input`; returns its result (payload or typed error). */
export async function repairMutation(
  api: TestApi,
  name: string,
  token: string | undefined,
  input: Json,
): Promise<MutationResult> {
  const document = `mutation ($input: ${upperFirst(name)}Input!) {
    ${name}(input: $input) {
      __typename
      ... on ${upperFirst(name)}Payload { repairOrder { ...RepairOrderFields } }
      ... on Error { code message messageZh path }
      ... on RefusalError { rule refusals { code rule path messageZh } }
      ... on ValidationError { issues { path message } }
    }
  }
  ${REPAIR_ORDER_FIELDS}`;
  const result = await api.graphql<Record<string, MutationResult>>(document, { token, variables: { input } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![name]!;
}

/** The actions of an order's history, oldest first. */
export function historyActions(order: Json | undefined): string[] {
  const history = order?.history as { edges: { node: { action: string } }[] } | undefined;
  return (history?.edges ?? []).map((edge) => edge.node.action);
}
