import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { clientError, WuyeError } from "./errors.ts";

/**
 * A GraphQL document the client can send: a generated `TypedDocumentString` (what this package's
 * resources use), a `TypedDocumentNode` from your own codegen or gql.tada, a parsed `DocumentNode`,
 * or a plain string. Typed documents carry their result and variables types, so `client.request`
 * is typed too.
 */
export type WuyeDocument<TResult = unknown, TVariables = Record<string, unknown>> =
  | DocumentTypeDecoration<TResult, TVariables>
  | ParsedDocument
  | string;

/** Any document, whatever its result and variables (a variables type accepts `never`). */
export type AnyWuyeDocument = WuyeDocument<unknown, never>;

/** A parsed document (graphql-js `DocumentNode`), typed or not. */
export interface ParsedDocument {
  readonly kind: string;
  readonly definitions: readonly unknown[];
}

/** The result type a document declares. */
export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, infer _V> ? R : unknown;
/** The variables type a document declares. */
export type VariablesOf<D> =
  D extends DocumentTypeDecoration<infer _R, infer V> ? V : Record<string, unknown>;

export type OperationKind = "query" | "mutation" | "subscription";

export interface OperationInfo {
  readonly text: string;
  readonly kind: OperationKind;
  readonly name: string | undefined;
}

/** Turns a parsed document back into text; pass graphql's `print` for documents without a source. */
export type DocumentPrinter = (document: object) => string;

/**
 * The text to send. Strings and `TypedDocumentString`s are text already; a parsed document keeps its
 * source in `loc.source.body` (graphql-js and gql.tada both do), so no printer is needed in the
 * bundle unless a document was built without one.
 */
export function documentText(document: unknown, print?: DocumentPrinter): string {
  if (typeof document === "string") return document;
  if (document instanceof String) return document.toString();
  if (typeof document === "object" && document !== null) {
    const body = (document as { loc?: { source?: { body?: unknown } } }).loc?.source?.body;
    if (typeof body === "string" && body.trim() !== "") return body;
    if (print) return print(document);
  }
  throw clientError(WuyeError, "CLIENT_DOCUMENT");
}

/**
 * The operation's kind and name, read from the text without a GraphQL parser: each top-level
 * definition starts with `query`/`mutation`/`subscription` (then maybe a name), `fragment`, or a bare
 * `{` (an anonymous query). Comments and strings are skipped so braces inside them do not count.
 */
export function operationInfo(text: string, operationName?: string): OperationInfo {
  const operations: { kind: OperationKind; name: string | undefined }[] = [];
  const token = /#[^\n\r]*|"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|[{}()@$]|[A-Za-z_][A-Za-z0-9_]*/g;
  let depth = 0;
  let atDefinitionStart = true;
  let named: { kind: OperationKind; name: string | undefined } | undefined;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const word = match[0];
    if (word.startsWith("#") || word.startsWith('"')) continue;
    if (depth === 0 && atDefinitionStart) {
      atDefinitionStart = false;
      if (word === "query" || word === "mutation" || word === "subscription") {
        named = { kind: word, name: undefined };
        operations.push(named);
        continue;
      }
      if (word === "{") operations.push({ kind: "query", name: undefined });
    } else if (depth === 0 && named && /^[A-Za-z_]/.test(word)) {
      named.name = word;
    }
    if (depth === 0) named = undefined;
    if (word === "{" || word === "(") depth += 1;
    else if (word === "}" || word === ")") {
      depth -= 1;
      if (depth === 0 && word === "}") atDefinitionStart = true;
    }
  }
  const chosen =
    operations.find((op) => operationName !== undefined && op.name === operationName) ?? operations[0];
  return { text, kind: chosen?.kind ?? "query", name: chosen?.name ?? operationName };
}
