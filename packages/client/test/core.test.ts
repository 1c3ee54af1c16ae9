import { describe, expect, it } from "vitest";
import { documentText } from "../src/core/document.ts";
import { AuthRefreshDocument } from "../src/generated/graphql.ts";
import {
  accessTokenLifetimeMs,
  operationInfo,
  PageIterator,
  toMutationResult,
  WuyeError,
  WuyeHttpError,
} from "../src/index.ts";

describe("reading a document without a GraphQL parser", () => {
  it.each([
    ["{ viewer { name } }", "query", undefined],
    ["query { a }", "query", undefined],
    ['query Find($a: In = { b: "}" }) @live { a }', "query", "Find"],
    [
      "# mutation Commented\nfragment F on X { a }\nmutation Save($i: In!) { save(input: $i) { ...F } }",
      "mutation",
      "Save",
    ],
    ['subscription OnChange { changed(note: """ { """) }', "subscription", "OnChange"],
  ])("%s is a %s named %s", (text, kind, name) => {
    expect(operationInfo(text)).toMatchObject({ kind, name });
  });

  it("picks the named operation of a document with several", () => {
    const text = "query A { a } mutation B { b }";
    expect(operationInfo(text, "B")).toMatchObject({ kind: "mutation", name: "B" });
    expect(operationInfo(text)).toMatchObject({ kind: "query", name: "A" });
  });

  it("generated documents are text already; parsed ones give their source or need a printer", () => {
    expect(documentText(AuthRefreshDocument)).toContain("mutation AuthRefresh");
    expect(documentText({ kind: "Document", definitions: [], loc: { source: { body: "{ a }" } } })).toBe(
      "{ a }",
    );
    expect(documentText({ kind: "Document", definitions: [] }, () => "{ printed }")).toBe("{ printed }");
    expect(() => documentText({ kind: "Document", definitions: [] })).toThrow(WuyeError);
  });
});

describe("sessions", () => {
  it("a JWT's lifetime comes from its own iat and exp; anything else has none", () => {
    const claims = btoa(JSON.stringify({ sub: "u", iat: 1_000, exp: 1_900 })).replace(/=+$/, "");
    expect(accessTokenLifetimeMs(`e30.${claims}.sig`)).toBe(900_000);
    expect(accessTokenLifetimeMs("opaque-token")).toBeUndefined();
    expect(accessTokenLifetimeMs("a.not-base64!.c")).toBeUndefined();
  });
});

describe("pagination", () => {
  it("stops when a server says there is more but gives no new cursor", async () => {
    let calls = 0;
    const pages = new PageIterator(async () => {
      calls += 1;
      return { edges: [{ node: calls }], pageInfo: { hasNextPage: true, endCursor: "same" } };
    });
    expect(await pages.toArray()).toEqual([1, 2]);
  });

  it("page size is kept between 1 and the API's 100", async () => {
    const sizes: number[] = [];
    const load = async (page: { first: number }) => {
      sizes.push(page.first);
      return null;
    };
    await new PageIterator(load, { pageSize: 1000 }).firstPage();
    await new PageIterator(load, { pageSize: 0 }).firstPage();
    expect(sizes).toEqual([100, 1]);
  });
});

describe("mutation results", () => {
  it("splits a result union by __typename, and refuses what is not one", () => {
    expect(toMutationResult({ __typename: "BillPayPayload" }, "r1")).toEqual({
      ok: true,
      data: { __typename: "BillPayPayload" },
      requestId: "r1",
    });
    expect(toMutationResult({ __typename: "RefusalError", code: "X" }, "r2")).toMatchObject({ ok: false });
    expect(() => toMutationResult(null as unknown as { __typename: string }, "r3")).toThrow(WuyeHttpError);
  });
});
