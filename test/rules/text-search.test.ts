// Calls found from the text: every call shape the rules follow, and nothing that only looks like the name.
import tsParser from "@typescript-eslint/parser";
import type { TSESLint } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { callsByCalleeName, callsNamed, membersNamed, saysName } from "../../src/analysis/text-search.js";

type Finder = (sourceCode: Readonly<TSESLint.SourceCode>, name: string) => Array<{ range: [number, number] }>;

function found(code: string, finder: Finder, name: string): string[] {
  const texts: string[] = [];
  const probe = {
    meta: { type: "problem" as const, schema: [] },
    create(context: { sourceCode: TSESLint.SourceCode }) {
      for (const node of finder(context.sourceCode, name)) texts.push(context.sourceCode.text.slice(...node.range));
      return {};
    },
  };
  const messages = new Linter().verify(code, [
    {
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { t: { rules: { probe: probe as never } } },
      rules: { "t/probe": "error" },
    },
  ]);
  expect(messages).toEqual([]);
  return texts;
}

describe("saysName", () => {
  it("answers for each name and each text, kept per file without mixing files linted in one run", () => {
    const checkout = "const client = await pool.connect(); // connectionTimeoutMillis";
    const settings = "const config = { connectionTimeoutMillis: 1000, query_timeout: 5 };";
    expect(saysName(checkout, "connect")).toBe(true);
    expect(saysName(checkout, "query")).toBe(false);
    // Another file in the same synchronous run: its own answers, not the first file's.
    expect(saysName(settings, "connect")).toBe(false);
    expect(saysName(settings, "query")).toBe(false);
    expect(saysName(`${settings} client.query(sql);`, "query")).toBe(true);
    expect(saysName(checkout, "connect")).toBe(true);
  });
});

describe("callsNamed", () => {
  it("finds method calls through optional chains, TS wrappers, computed strings and private names", () => {
    const code = [
      "a.connect();",
      "b?.connect(1);",
      "(c as any).connect();",
      "d!.connect();",
      'e["connect"]();',
      "class K { #connect() {} m() { this.#connect(); } }",
    ].join("\n");
    expect(found(code, callsNamed, "connect")).toEqual([
      "a.connect()",
      "b?.connect(1)",
      "(c as any).connect()",
      "d!.connect()",
      'e["connect"]()',
      "this.#connect()",
    ]);
  });

  it("skips the name in comments, strings, longer names, plain calls and members that are not called", () => {
    const code = [
      "// pool.connect() in a comment",
      'const s = "pool.connect()";',
      "const t = `connect ${x}`;",
      "new Pool({ connectionTimeoutMillis: 1 });",
      "connect();",
      "const f = pool.connect;",
      "pool.connectNow();",
    ].join("\n");
    expect(found(code, callsNamed, "connect")).toEqual([]);
  });

  it("lists members whether or not they are called", () => {
    expect(found("client.release(); const r = client.release;", membersNamed, "release")).toEqual([
      "client.release",
      "client.release",
    ]);
  });
});

describe("callsByCalleeName", () => {
  it("finds calls by a function's name and by a method's name, wrappers included", () => {
    const code = [
      "withClient(pool, async (client) => {});",
      "db.withClient(pool, async (client) => {});",
      "(withClient as any)(pool, async (client) => {});",
      'lib["withClient"](pool, cb);',
    ].join("\n");
    expect(found(code, callsByCalleeName, "withClient")).toEqual([
      "withClient(pool, async (client) => {})",
      "db.withClient(pool, async (client) => {})",
      "(withClient as any)(pool, async (client) => {})",
      'lib["withClient"](pool, cb)',
    ]);
  });

  it("skips imports, references that are not called and arguments", () => {
    const code = [
      'import { withClient } from "poolguard/runtime";',
      "const w = withClient;",
      "run(withClient);",
    ].join("\n");
    expect(found(code, callsByCalleeName, "withClient")).toEqual([]);
  });

  it("finds the calls of an imported or top-level name as the text search does, and only those", () => {
    const code = [
      'import { withClient } from "poolguard/runtime";',
      "// withClient(pool) in a comment",
      "await withClient(pool, async (client) => {});",
      "const o = { withClient };",
      "function inner(withClient: (p: unknown) => void) { withClient(other); }",
      "await withClient!(pool, async (c) => {});",
      "db.withClient(pool, async (c) => {});",
      'const s = "withClient(pool)";',
    ].join("\n");
    expect(found(code, callsByCalleeName, "withClient")).toEqual([
      "withClient(pool, async (client) => {})",
      "withClient(other)",
      "withClient!(pool, async (c) => {})",
      "db.withClient(pool, async (c) => {})",
    ]);
    const script = ["function withTransaction(p, fn) { return fn(p); }", "withTransaction(pool, (c) => c);"].join("\n");
    expect(found(script, callsByCalleeName, "withTransaction")).toEqual(["withTransaction(pool, (c) => c)"]);
  });

  it("still finds a callee whose name is followed by spaces, a line break, a comment, type arguments or ?.(, and never one followed by , } ] ; : = or .", () => {
    // The names that cannot be callees are left out before their token lookup (mayNameCallee); the calls found are
    // the same as when every occurrence was looked up.
    const code = [
      "withClient\n  (pool, cb);",
      "withClient /* why */ (pool, cb);",
      "withClient<Row>(pool, cb);",
      "maybe.withClient?.(pool, cb);",
      "(db.withClient)(pool, cb);",
      "withClient\u00a0(pool, cb);",
      "withClient.call(null, pool, cb);",
      "const { withClient: w } = lib;",
      "list = [withClient];",
      "export { withClient };",
      "let withClient2 = withClient;",
      "withClient = other;",
    ].join("\n");
    expect(found(code, callsByCalleeName, "withClient")).toEqual([
      "withClient\n  (pool, cb)",
      "withClient /* why */ (pool, cb)",
      "withClient<Row>(pool, cb)",
      "maybe.withClient?.(pool, cb)",
      "(db.withClient)(pool, cb)",
      "withClient\u00a0(pool, cb)",
    ]);
    const methods = ["a.connect\n();", "a.connect /* c */ ();", "a.connect<T>();", "a.connect.bind(a)();", "x = { connect: 1 };", "a.connect;"].join("\n");
    expect(found(methods, callsNamed, "connect")).toEqual(["a.connect\n()", "a.connect /* c */ ()", "a.connect<T>()"]);
  });

  it("finds the same calls after a search for every member of the name in the same file, and the members after the calls", () => {
    const code = "a.release(); const r = b.release; c.release\n(); d.release.call(d);";
    const membersThenCalls: Finder = (sourceCode, name) => (membersNamed(sourceCode, name), callsNamed(sourceCode, name));
    const callsThenMembers: Finder = (sourceCode, name) => (callsNamed(sourceCode, name), membersNamed(sourceCode, name));
    expect(found(code, membersThenCalls, "release")).toEqual(["a.release()", "c.release\n()"]);
    expect(found(code, callsThenMembers, "release")).toEqual(["a.release", "b.release", "c.release", "d.release"]);
  });
});
