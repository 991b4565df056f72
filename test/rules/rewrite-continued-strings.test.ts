// A string continued by a backslash at the end of a line keeps the next line's indentation in its value:
// `'\⏎    CREATE TABLE …'` is "    CREATE TABLE …". The rewrites indent the code they move into the callback one step
// deeper, but never inside a literal: indenting those lines would change the string (tdmalone/working-plusplus's
// points.js builds its SQL that way, and the leak suggestion sent two more spaces per line; harmless in SQL, not in
// a message or a key). Template literals were already left alone; the twin checks one still is.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { leakSuggestionHarness, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];
const inputs: string[] = [];

ruleTester.run("leak suggestion: strings continued over lines keep their text", leakSuggestionHarness, {
  valid: [],
  invalid: [
    withInput(
      `async function updateScore(pool, item) {
  const client = await pool.connect();
  await client.query('\\
    INSERT INTO scores VALUES ($1, 1) \\
    ON CONFLICT (item) DO UPDATE SET score = scores.score + 1; \\
  ', [item]);
  const selected = await client.query("SELECT score FROM scores WHERE item = $1", [item]);
  client.release();
  return selected.rows[0].score;
}`,
      // No import to imitate: the added one takes the quotes of the file's first string.
      `${IMPORT.replaceAll('"', "'")}async function updateScore(pool, item) {
  const selected = await withClient(pool, async (client) => {
    await client.query('\\
    INSERT INTO scores VALUES ($1, 1) \\
    ON CONFLICT (item) DO UPDATE SET score = scores.score + 1; \\
  ', [item]);
    const selected = await client.query("SELECT score FROM scores WHERE item = $1", [item]);
    return selected;
  });
  return selected.rows[0].score;
}`,
    ),
    // Twin: the same text as a template literal, left as it was before this change too.
    withInput(
      `async function updateScore(pool, item) {
  const client = await pool.connect();
  await client.query(\`
    INSERT INTO scores VALUES ($1, 1)
    ON CONFLICT (item) DO UPDATE SET score = scores.score + 1;
  \`, [item]);
  const selected = await client.query("SELECT score FROM scores WHERE item = $1", [item]);
  client.release();
  return selected.rows[0].score;
}`,
      `${IMPORT}async function updateScore(pool, item) {
  const selected = await withClient(pool, async (client) => {
    await client.query(\`
    INSERT INTO scores VALUES ($1, 1)
    ON CONFLICT (item) DO UPDATE SET score = scores.score + 1;
  \`, [item]);
    const selected = await client.query("SELECT score FROM scores WHERE item = $1", [item]);
    return selected;
  });
  return selected.rows[0].score;
}`,
    ),
  ],
});

describe("the rewritten strings", () => {
  it("parse, and each literal that holds the SQL has the original's value", () => {
    expect(outputs).toHaveLength(2);
    outputs.forEach((output, index) => {
      const before = sqlValues(inputs[index]!);
      expect(before).toHaveLength(1);
      expect(sqlValues(output)).toEqual(before);
    });
  });
});

function withInput(code: string, output: string) {
  inputs.push(code);
  return suggestionCase(outputs, code, output);
}

/** The values of the string literals and template parts that hold the INSERT. */
function sqlValues(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const value =
      record.type === "Literal" ? record.value : record.type === "TemplateElement" ? (record.value as { cooked: string }).cooked : null;
    if (typeof value === "string" && value.includes("INSERT")) found.push(value);
    for (const [key, child] of Object.entries(record)) if (key !== "parent") visit(child);
  };
  visit(parse(code, { sourceType: "module" }));
  return found;
}
