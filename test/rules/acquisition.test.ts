// The acquisition model other rules build on: which calls acquire a client, which variable holds it, and what each
// reference to it does. Checked through a real lint (scope analysis included), as the rules use it.
import tsParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { Linter, type ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { findAcquisition, managedClientCallback, type Acquisition } from "../../src/analysis/lifetime/acquisition.js";
import { classifyReference } from "../../src/analysis/lifetime/client-references.js";
import { createPoolMatcher } from "../../src/analysis/pools/pool-detection.js";

interface Seen {
  style: Acquisition["style"];
  target: Acquisition["target"];
  client: string | null;
  done: string | null;
  /** `line:column kind` for every reference to the client and to `done`. */
  references: string[];
}

function acquisitionsIn(code: string): Seen[] {
  const seen: Seen[] = [];
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: "problem", messages: {}, schema: [] },
    defaultOptions: [],
    create(context) {
      const isPool = createPoolMatcher(context);
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const acquisition = findAcquisition(node, isPool, context.sourceCode);
          if (!acquisition) return;
          const variables = [acquisition.client, acquisition.releaseFunction].filter((v) => v !== null);
          seen.push({
            style: acquisition.style,
            target: acquisition.target,
            client: acquisition.client?.name ?? null,
            done: acquisition.releaseFunction?.name ?? null,
            references: variables.flatMap((variable) =>
              variable.references.map((reference) => {
                const id = reference.identifier as TSESTree.Identifier;
                return `${id.loc.start.line}:${id.loc.start.column} ${classifyReference(id, acquisition)}`;
              }),
            ),
          });
        },
      };
    },
  };
  const messages = new Linter({ configType: "flat" }).verify(
    code,
    {
      files: ["**/*.*"],
      languageOptions: { parser: tsParser },
      plugins: { probe: { rules: { acquisitions: rule } } as unknown as ESLint.Plugin },
      rules: { "probe/acquisitions": "error" },
    },
    "probe.ts",
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return seen;
}

describe("findAcquisition", () => {
  it("follows `const client = await pool.connect()` and classifies each reference", () => {
    const code = [
      "async function f(pool) {",
      "  const client = await pool.connect();",
      "  if (client) await client.query('x');",
      "  await work(client);",
      "  client?.release();",
      "  return client;",
      "}",
    ].join("\n");
    expect(acquisitionsIn(code)).toEqual([
      {
        style: "await",
        target: "variable",
        client: "client",
        done: null,
        references: ["2:8 acquire", "3:6 test", "3:20 use", "4:13 argument", "5:2 release", "6:9 transfer"],
      },
    ]);
  });

  it("follows an assignment to a `let` inside try", () => {
    const code = "async function f(pool) { let c; try { c = await pool.connect(); } finally { (c as any).release(); } }";
    expect(acquisitionsIn(code)).toEqual([
      { style: "await", target: "variable", client: "c", done: null, references: ["1:38 acquire", "1:77 release"] },
    ]);
  });

  it("knows the callback style's `done`, whatever its name", () => {
    const code = "pool.connect((err, client, finish) => { client.query('x'); finish(); });";
    expect(acquisitionsIn(code)).toEqual([
      { style: "callback", target: "variable", client: "client", done: "finish", references: ["1:40 use", "1:59 release"] },
    ]);
  });

  it("knows the client of `.then(client => …)`", () => {
    const code = "pool.connect().then(function (client) { this.kept = client; });";
    expect(acquisitionsIn(code)).toEqual([
      { style: "then", target: "variable", client: "client", done: null, references: ["1:52 transfer"] },
    ]);
  });

  it("says where a client goes when no variable holds it", () => {
    const code = [
      "async function f(pool) {",
      "  await pool.connect();",
      "  this.client = await pool.connect();",
      "  const { release } = await pool.connect();",
      "  return pool.connect();",
      "}",
    ].join("\n");
    expect(acquisitionsIn(code).map((seen) => seen.target)).toEqual(["discarded", "transferred", "unknown", "transferred"]);
  });

  it("ignores other libraries' connect() and shadowed clients", () => {
    const code = [
      "async function f(pool, redis) {",
      "  await redis.connect();",
      "  const client = await pool.connect();",
      "  { const client = other(); client.release(); }",
      "  client.release();",
      "}",
    ].join("\n");
    expect(acquisitionsIn(code)).toEqual([
      { style: "await", target: "variable", client: "client", done: null, references: ["3:8 acquire", "5:2 release"] },
    ]);
  });
});

describe("managedClientCallback", () => {
  it("finds the client of withClient and withTransaction callbacks", () => {
    const found: string[] = [];
    const rule: TSESLint.RuleModule<string> = {
      meta: { type: "problem", messages: {}, schema: [] },
      defaultOptions: [],
      create(context) {
        return {
          CallExpression(node: TSESTree.CallExpression) {
            const managed = managedClientCallback(node, context.sourceCode);
            if (managed) found.push(managed.client?.name ?? "(none)");
          },
        };
      },
    };
    new Linter({ configType: "flat" }).verify(
      "withClient(pool, async (c) => c.query('x')); db.withTransaction(pool, async (tx) => {}, {}); other(pool, async (x) => {});",
      {
        files: ["**/*.*"],
        languageOptions: { parser: tsParser },
        plugins: { probe: { rules: { managed: rule } } as unknown as ESLint.Plugin },
        rules: { "probe/managed": "error" },
      },
      "probe.ts",
    );
    expect(found).toEqual(["c", "tx"]);
  });
});
