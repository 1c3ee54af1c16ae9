import type { Refusal } from "@wuye/domain";
import { builder } from "../builder.ts";
import {
  type ApiError,
  AuthenticationError,
  ConflictError,
  ForbiddenError,
  MUTATION_ERROR_TYPES,
  NotFoundError,
  RateLimitError,
  RefusalError,
  ValidationError,
  type ValidationIssue,
} from "../errors/index.ts";

/**
 * Errors as part of the schema (the errors plugin's recommended usage): one `Error` interface
 * that every error type implements, so a client can always ask `... on Error { code message
 * messageZh path }`, and one type per kind of failure with what is specific to it.
 */
export const ErrorInterface = builder.interfaceRef<ApiError>("Error").implement({
  description: "Something went wrong in a way the client can act on; every error type implements this.",
  fields: (t) => ({
    code: t.exposeString("code", {
      description: "Stable machine code, e.g. `CMP_CONTENT_REQUIRED` (listed in the README).",
    }),
    message: t.exposeString("message", { description: "English message." }),
    messageZh: t.exposeString("messageZh", { description: "中文提示." }),
    path: t.stringList({
      description: 'The input field at fault, e.g. `["input", "content"]`; empty when none is.',
      resolve: (error) => [...error.fieldPath],
    }),
  }),
});

export const RefusalRef = builder.objectRef<Refusal>("Refusal").implement({
  description: "One reason a business rule refused the request.",
  fields: (t) => ({
    code: t.exposeString("code"),
    message: t.exposeString("message"),
    messageZh: t.exposeString("messageZh"),
    path: t.stringList({ resolve: (refusal) => [...(refusal.path ?? [])] }),
    rule: t.string({
      nullable: true,
      description: "The rule of the operating procedures, e.g. `R-CMP-3`.",
      resolve: (refusal) => refusal.rule ?? null,
    }),
  }),
});

builder.objectType(RefusalError, {
  name: "RefusalError",
  description:
    "The operating procedures say no; `refusals` lists every reason, the top-level fields the first.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    rule: t.string({ nullable: true, resolve: (error) => error.rule ?? null }),
    refusals: t.field({ type: [RefusalRef], resolve: (error) => [...error.refusals] }),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>("ValidationIssue").implement({
  fields: (t) => ({
    path: t.stringList({ resolve: (issue) => [...issue.path] }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input is malformed; `issues` lists every problem with its field path.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({ type: [ValidationIssueRef], resolve: (error) => [...error.issues] }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "No such record, or none the viewer may see.",
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "The viewer may not do this (`AUTH_REQUIRED` when not signed in).",
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description:
    "The request conflicts with the current state: a record changed meanwhile, an idempotency key reused.",
  interfaces: [ErrorInterface],
});

builder.objectType(AuthenticationError, {
  name: "AuthenticationError",
  description: "Credentials or a token that do not identify anyone.",
  interfaces: [ErrorInterface],
});

builder.objectType(RateLimitError, {
  name: "RateLimitError",
  description: "Too many attempts; try again later.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});

/**
 * The `errors` option of every mutation: its result is the union of its payload and these
 * error types (plus any `extra` ones), e.g. `ComplaintFileResult`.
 */
export function mutationErrors<const Extra extends readonly (new (...args: never[]) => Error)[] = []>(
  extra?: Extra,
) {
  return { types: [...MUTATION_ERROR_TYPES, ...(extra ?? [])] };
}
