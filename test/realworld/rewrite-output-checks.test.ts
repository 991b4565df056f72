// check-rewrites' "moves statement(s) that followed the release into the callback" check (movedFollowers), on
// hand-written before/after pairs: a follower put inside the callback counts, one left after it does not — also when
// the fix's single range runs past it to an import added further down (yetone/cumora's cli.ts imports in the middle
// of the file: three false failures in rewrite-q's round, when any follower inside the fix's range counted).
import { parse } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { movedFollowers } from "./rewrite-output-checks.js";

const original = `import { pool } from "./db";
export async function mute(id: number) {
  const client = await pool.connect();
  try {
    await client.query("SELECT $1", [id]);
  } finally {
    client.release();
  }
  notify(id);
  return id;
}
import { notify } from "./notify";
`;

const body = `  await withClient(pool, async (client) => {
    await client.query("SELECT $1", [id]);
  });`;

/** The follower statements' ranges in `original` (after the try statement) and the fix range ending at `fixEnd`. */
function check(output: string, fixEnd: number) {
  const ast = parse(original, { range: true }) as unknown as TSESTree.Program;
  const fn = (ast.body[1] as TSESTree.ExportNamedDeclaration).declaration as TSESTree.FunctionDeclaration;
  const followers = fn.body.body.slice(2).map((statement) => statement.range);
  const outputAst = parse(output, { range: true }) as unknown as TSESTree.Program;
  return movedFollowers(original, output, outputAst, [original.indexOf("  const client"), fixEnd], followers);
}

describe("movedFollowers", () => {
  const blockEnd = original.indexOf("  notify(id);") - 1;
  const importEnd = original.length;

  it("a fix whose range ends at the block leaves the followers: none moved", () => {
    const output = original.replace(original.slice(original.indexOf("  const client"), blockEnd), body);
    expect(check(output, blockEnd)).toEqual([]);
  });

  it("a fix whose range runs on to an import added below leaves them too: none moved", () => {
    const output =
      original.replace(original.slice(original.indexOf("  const client"), blockEnd), body) +
      'import { withClient } from "poolguard/runtime";\n';
    expect(check(output, importEnd)).toEqual([]);
  });

  it("followers put inside the callback are moved, re-indented or not", () => {
    const inside = (indent: string) =>
      original.replace(
        original.slice(original.indexOf("  const client"), original.indexOf("  return id;") - 1),
        `  await withClient(pool, async (client) => {\n    await client.query("SELECT $1", [id]);\n${indent}notify(id);\n  });`,
      );
    expect(check(inside("    "), importEnd)).toHaveLength(1);
    expect(check(inside("  "), importEnd)).toHaveLength(1);
  });
});
