import { type ApiErrorValue, clientError, WuyeHttpError, WuyeMutationError } from "./errors.ts";

/** The members of a mutation's result union that are errors: the API names them all `…Error`. */
export type ErrorMember<U> = Extract<U, { readonly __typename: `${string}Error` }>;
/** The members of a mutation's result union that are its success payload. */
export type PayloadMember<U> = Exclude<U, { readonly __typename: `${string}Error` }>;

/**
 * What a mutation returns: its payload, or the typed error the API chose (`RefusalError` when a
 * rule said no, `ValidationError` for bad input, `NotFoundError`, `ForbiddenError`,
 * `ConflictError`…), each with `code`, `message`, `messageZh` and `path`. Branch on `ok`, then on
 * `error.__typename` when different errors need different handling; or call {@link unwrap}.
 */
export type MutationResult<TPayload, TError extends ApiErrorValue = ApiErrorValue> =
  | { readonly ok: true; readonly data: TPayload; readonly requestId: string | undefined }
  | { readonly ok: false; readonly error: TError; readonly requestId: string | undefined };

/** The result of one of the API's `…Result` unions, split into payload or error. */
export type MutationResultOf<U> = MutationResult<PayloadMember<U>, ErrorMember<U> & ApiErrorValue>;

/** Splits a result union by `__typename`: a `…Error` member is the error, anything else the payload. */
export function toMutationResult<U extends { readonly __typename: string }>(
  value: U,
  requestId: string | undefined,
): MutationResultOf<U> {
  if (typeof value !== "object" || value === null || typeof value.__typename !== "string") {
    throw clientError(WuyeHttpError, "CLIENT_UNEXPECTED_RESULT", { requestId });
  }
  if (value.__typename.endsWith("Error")) {
    return { ok: false, error: value as unknown as ErrorMember<U> & ApiErrorValue, requestId };
  }
  return { ok: true, data: value as PayloadMember<U>, requestId };
}

/** The payload of a result, or a thrown {@link WuyeMutationError} carrying the typed error. */
export function unwrap<TPayload, TError extends ApiErrorValue>(
  result: MutationResult<TPayload, TError>,
): TPayload {
  if (result.ok) return result.data;
  throw new WuyeMutationError(result.error, result.requestId);
}

/** Narrows a result's error to one type: `if (isErrorOf(result, "RefusalError")) result.error.refusals`. */
export function isErrorOf<TPayload, TError extends ApiErrorValue, const N extends TError["__typename"]>(
  result: MutationResult<TPayload, TError>,
  typename: N,
): result is {
  readonly ok: false;
  readonly error: Extract<TError, { __typename: N }>;
  readonly requestId: string | undefined;
} {
  return !result.ok && result.error.__typename === typename;
}
