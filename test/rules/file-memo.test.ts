// The per-file slot the rules share state through: it answers for the file being linted only, and lets go of it once
// the synchronous lint run that filled it is over (a WeakMap entry whose value reaches its key kept every file alive
// through V8's young-generation collections).
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { FileMemo } from "../../src/analysis/file-memo.js";

describe("FileMemo", () => {
  it("answers for the file it holds, and for no other", () => {
    const memo = new FileMemo<string>();
    const a = {};
    const b = {};
    memo.set(a, "for a");
    expect(memo.get(a)).toBe("for a");
    expect(memo.get(b)).toBeUndefined();
    memo.set(b, "for b");
    expect(memo.get(b)).toBe("for b");
    expect(memo.get(a)).toBeUndefined();
  });

  it("lets go of the file once the synchronous run that stored it is over", async () => {
    const memo = new FileMemo<string>();
    const file = {};
    memo.set(file, "value");
    expect(memo.get(file)).toBe("value");
    await Promise.resolve();
    expect(memo.get(file)).toBeUndefined();
    memo.set(file, "again"); // a later run stores anew, and is let go of in its turn
    expect(memo.get(file)).toBe("again");
    await Promise.resolve();
    expect(memo.get(file)).toBeUndefined();
  });

  it("lets go of every memo filled in the run, whichever was filled first", async () => {
    const memos = [new FileMemo<string>(), new FileMemo<string>(), new FileMemo<string>()];
    const file = {};
    for (const memo of memos) memo.set(file, "value");
    expect(memos.map((memo) => memo.get(file))).toEqual(["value", "value", "value"]);
    await Promise.resolve();
    expect(memos.map((memo) => memo.get(file))).toEqual([undefined, undefined, undefined]);
  });

  it("holds nothing of a file once ESLint has linted it", async () => {
    const memo = new FileMemo<object>();
    let seen: object | undefined;
    let heldDuringLint = false;
    const rule = {
      meta: { type: "problem" as const, schema: [] },
      create(context: { sourceCode: object }) {
        seen = context.sourceCode;
        memo.set(context.sourceCode, { sourceCode: context.sourceCode });
        return { "Program:exit": () => void (heldDuringLint = memo.get(context.sourceCode) !== undefined) };
      },
    };
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [{ plugins: { t: { rules: { memo: rule as never } } }, rules: { "t/memo": "error" } }],
    });
    await eslint.lintText("const x = 1;", { filePath: "a.js" });
    expect(heldDuringLint).toBe(true);
    expect(seen).toBeDefined();
    expect(memo.get(seen!)).toBeUndefined();
  });
});
