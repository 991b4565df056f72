// no-leaked-client and no-use-after-release share one lifetime analysis per linted file. Whatever the order the rules
// are configured in, whichever of them is on alone, and however often the same SourceCode object is linted again
// (with other settings, too), each rule must report exactly what it reports on its own.
import tsParser from "@typescript-eslint/parser";
import { Linter, SourceCode, type ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";

const code = `
import { Pool } from "pg";
const pool = new Pool();

export async function early(id: number) {
  const client = await pool.connect();
  if (id < 0) return null;
  const result = await client.query("SELECT 1");
  client.release();
  return result;
}

export async function late() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  await client.query("SELECT 2");
}

export async function database() {
  const client = await database.connect();
  await client.query("SELECT 3");
}
`;

type Rules = Record<string, "error">;

function config(rules: Rules, settings: Record<string, unknown> = {}): Linter.Config {
  return {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: plugin as unknown as ESLint.Plugin },
    rules,
    settings,
  };
}

const found = (messages: Linter.LintMessage[]) =>
  messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.messageId}`);

const LEAKED = "poolguard/no-leaked-client";
const USED = "poolguard/no-use-after-release";

const expected = {
  [LEAKED]: [`6:24 ${LEAKED} earlyExit`],
  [USED]: [`20:9 ${USED} useAfterRelease`],
};

describe("the lifetime analysis shared by no-leaked-client and no-use-after-release", () => {
  it.each([
    ["leak rule first", { [LEAKED]: "error", [USED]: "error" } as Rules],
    ["use-after-release rule first", { [USED]: "error", [LEAKED]: "error" } as Rules],
  ])("reports each rule's findings with both on (%s)", (_name, rules) => {
    const messages = new Linter({ configType: "flat" }).verify(code, config(rules), "shared.ts");
    expect(found(messages).sort()).toEqual([...expected[LEAKED], ...expected[USED]].sort());
  });

  it.each([LEAKED, USED])("reports the same with %s on alone", (rule) => {
    const messages = new Linter({ configType: "flat" }).verify(code, config({ [rule]: "error" }), "alone.ts");
    expect(found(messages)).toEqual(expected[rule as keyof typeof expected]);
  });

  it("analyses a SourceCode object linted again afresh, with that run's settings", () => {
    const linter = new Linter({ configType: "flat" });
    const first = linter.verify(code, config({ [LEAKED]: "error", [USED]: "error" }), "again.ts");
    const sourceCode = linter.getSourceCode() as SourceCode;
    const both = { [LEAKED]: "error", [USED]: "error" } as Rules;
    // The same object again: the first run's analysis must not be handed out as this run's.
    expect(found(linter.verify(sourceCode, config(both), "again.ts"))).toEqual(found(first));
    // …and with a setting that makes `database` a pool, its leak appears.
    const widened = found(linter.verify(sourceCode, config(both, { poolguard: { poolNamePattern: "^(pool|database)$" } }), "again.ts"));
    expect(widened).toContain(`24:24 ${LEAKED} neverReleased`);
  });
});
