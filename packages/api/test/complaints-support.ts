import { expect } from "vitest";
import type { TestApi } from "./support/api.ts";
import { globalId, type World } from "./support/world.ts";

/**
 * Helpers for the complaint, service-request and subscription tests: one document per mutation
 * selecting the whole record, so each test reads as the business steps it takes.
 */
export const COMPLAINT_FIELDS = `fragment ComplaintFields on Complaint {
  id number status severity urgent department invalidReason resolution complainantCount
  answerDueAt resolveDueAt nextReplyAt repliedAt closedAt satisfaction version criteria overdueSteps
  deadlines { step rule due state metAt lateByMinutes extensions { reason originalDue approvedBy { role } } }
  severityHistory { kind from to actor { role } reason criteria }
  history { edges { node { action fromState toState actorRole data } } }
}`;

export type Json = Record<string, unknown>;
export type MutationResult = Json & { __typename: string; complaint?: Json & { id: string } };

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Runs `complaint<Action>` with `input`; returns its result (payload or typed error). */
export async function complaintMutation(
  api: TestApi,
  name: string,
  token: string | undefined,
  input: Json,
  extra = "",
): Promise<MutationResult> {
  const document = `mutation ($input: ${upperFirst(name)}Input!) {
    ${name}(input: $input) {
      __typename
      ... on ${upperFirst(name)}Payload { complaint { ...ComplaintFields } ${extra} }
      ... on Error { code message messageZh path }
      ... on RefusalError { rule refusals { code rule path messageZh } }
      ... on ValidationError { issues { path message } }
    }
  }
  ${COMPLAINT_FIELDS}`;
  const result = await api.graphql<Record<string, MutationResult>>(document, { token, variables: { input } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![name]!;
}

/** The actions of a record's history, oldest first. */
export function historyActions(record: Json | undefined): string[] {
  const history = record?.history as { edges: { node: { action: string } }[] } | undefined;
  return (history?.edges ?? []).map((edge) => edge.node.action);
}

/** The codes of a refusal's reasons. */
export function refusalCodes(result: MutationResult): string[] {
  return ((result.refusals as { code: string }[] | undefined) ?? []).map((r) => r.code);
}

/** The owner files a complaint about their unit online; returns its global id. */
export async function fileAsOwner(
  api: TestApi,
  world: World,
  ownerToken: string | undefined,
  content = "电梯停运",
) {
  const result = await complaintMutation(api, "complaintFile", ownerToken, {
    unitId: globalId("Unit", world.ownerUnitId),
    content,
  });
  expect(result.__typename).toBe("ComplaintFilePayload");
  return result.complaint!.id;
}

/** A complaint filed by the owner and classified by the manager from `facts`. */
export async function classifiedComplaint(
  api: TestApi,
  world: World,
  tokens: Record<string, string | undefined>,
  facts: Json = {},
): Promise<string> {
  const id = await fileAsOwner(api, world, tokens.owner);
  const result = await complaintMutation(api, "complaintClassify", tokens.manager, {
    complaintId: id,
    facts,
  });
  expect(result.__typename, JSON.stringify(result)).toBe("ComplaintClassifyPayload");
  return id;
}

/** The deadline of `step` on a complaint as the API reports it. */
export function deadlineOf(complaint: Json | undefined, step: string): Json | undefined {
  return (complaint?.deadlines as Json[] | undefined)?.find((d) => d.step === step);
}
