// check-rewrites.ts (the dev script that checks every withClient rewrite on real code) run as its user runs it, on
// fixtures/check-rewrites: what it prints (FAIL and REFUSED lines, the tally, the failure count), what --dump
// writes, and its exit status — 1 when a rewrite fails a check, 0 when none does, 2 for bad arguments.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = path.join(import.meta.dirname, "..", "..");
const script = path.join(repoRoot, "test", "realworld", "check-rewrites.ts");
const tsxLoader = pathToFileURL(path.join(repoRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
const fixtures = "fixtures/check-rewrites";
const SLOW = 120_000;

interface ScriptRun {
  code: number;
  lines: string[];
  stderr: string;
}

function checkRewrites(...args: string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", tsxLoader, script, ...args],
      { cwd: repoRoot, env: { ...process.env, FORCE_COLOR: "0" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, lines: stdout.split("\n").filter((line) => line !== ""), stderr });
      },
    );
  });
}

/** The tally's lines as name → count (`    2  prefer-with-client fix: applied`). */
function tally(lines: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    const match = /^\s*(\d+)  (.+)$/.exec(line);
    if (match) counts[match[2] as string] = Number(match[1]);
  }
  return counts;
}

const dumps: string[] = [];
afterAll(() => {
  for (const dump of dumps) rmSync(dump, { recursive: true, force: true });
});

describe("check-rewrites on fixtures/check-rewrites", () => {
  it(
    "with every check: the rewrite that does not type-check fails (exit 1); the known rewrite, and one whose import brings Node's globals into the check, pass",
    async () => {
      const dump = mkdtempSync(path.join(tmpdir(), "poolguard-check-rewrites-"));
      dumps.push(dump);
      const run = await checkRewrites("--list", "--idempotence", "--typecheck", "--dump", dump, fixtures);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(1);

      const failures = run.lines.filter((line) => line.startsWith("FAIL "));
      expect(failures).toEqual([
        expect.stringMatching(
          /^FAIL fixtures\/check-rewrites\/type-error\.ts:14:3 \(prefer-with-client fix\): adds type errors: TS2345: Argument of type '\{ connect\(\): Promise<TenantClient>; \}' is not assignable to parameter of type 'Pool'\..* \| TS2339: Property 'tenant' does not exist on type 'PoolClient'\.$/,
        ),
        expect.stringMatching(/^FAIL fixtures\/check-rewrites\/type-error\.ts \(fix loop\): adds type errors: TS2345: /),
      ]);
      expect(run.lines.filter((line) => line.startsWith("REFUSED "))).toEqual([
        "REFUSED fixtures/check-rewrites/refused.ts:8:3 prefer-with-client: the body uses `yield`",
      ]);
      expect(tally(run.lines)).toEqual({
        "files linted": 5,
        "prefer-with-client: findings": 4,
        "prefer-with-client: fix offered": 3,
        "prefer-with-client fix: applied": 3,
        "prefer-with-client fix: type-checked": 3,
        "prefer-with-client fix: adds a type error": 1,
        "prefer-with-client refused: the body uses `yield`": 1,
        "fix loop: files fixed": 3,
        "fix loop: type-checked": 3,
        "fix loop: adds a type error": 1,
      });
      expect(run.lines.slice(-2)).toEqual(["share of no-leaked-client findings with a rewrite: 0/0 (0 %)", "check failures: 2"]);

      // --dump: each applied rewrite's before, after and place (files in name order); the known one is the withClient call.
      expect(readdirSync(dump).sort()).toEqual(["1.a.ts", "1.b.ts", "1.where", "2.a.ts", "2.b.ts", "2.where", "3.a.ts", "3.b.ts", "3.where"]);
      expect(readFileSync(path.join(dump, "2.where"), "utf8")).toBe("fixtures/check-rewrites/node-globals.ts:8:3 (prefer-with-client fix)\n");
      expect(readFileSync(path.join(dump, "1.where"), "utf8")).toBe("fixtures/check-rewrites/known-rewrite.ts:7:3 (prefer-with-client fix)\n");
      expect(readFileSync(path.join(dump, "1.a.ts"), "utf8")).toBe(readFileSync(path.join(repoRoot, fixtures, "known-rewrite.ts"), "utf8"));
      const after = readFileSync(path.join(dump, "1.b.ts"), "utf8");
      expect(after).toContain(`import { withClient } from "poolguard/runtime";`);
      expect(after).toContain(
        [
          "  return await withClient(pool, async (client) => {",
          `    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM orders WHERE customer = $1", [customer]);`,
          "    return rows[0]?.n ?? 0;",
          "  });",
        ].join("\n"),
      );
    },
    SLOW,
  );

  it(
    "without --typecheck the same tree passes (exit 0): the type error is only --typecheck's to find",
    async () => {
      const run = await checkRewrites("--list", fixtures);
      expect(run.code).toBe(0);
      expect(run.lines.filter((line) => line.startsWith("FAIL "))).toEqual([]);
      // --list first is honoured (it was once taken for the --dump value that was not there).
      expect(run.lines.filter((line) => line.startsWith("REFUSED "))).toHaveLength(1);
      expect(run.lines.at(-1)).toBe("check failures: 0");
    },
    SLOW,
  );

  it(
    "a file that opens with a byte-order mark: its fix is applied where ESLint's range points (exit 0)",
    async () => {
      const dump = mkdtempSync(path.join(tmpdir(), "poolguard-check-rewrites-"));
      dumps.push(dump);
      const run = await checkRewrites("--idempotence", "--dump", dump, "fixtures/check-rewrites-bom");
      expect(run.stderr).toBe("");
      expect(run.lines.filter((line) => line.startsWith("FAIL "))).toEqual([]);
      expect(run.code).toBe(0);
      expect(tally(run.lines)).toMatchObject({ "files linted": 1, "prefer-with-client fix: applied": 1, "fix loop: files fixed": 1 });
      const after = readFileSync(path.join(dump, "1.b.js"), "utf8");
      expect(after).toContain(
        ["  await withClient(pool, async (client) => {", '    const { rows } = await client.query("SELECT id, title FROM tasks ORDER BY id");'].join("\n"),
      );
    },
    SLOW,
  );

  it(
    ".mts and .cts files are linted and their fixes type-checked; a .d.mts is not (exit 0)",
    async () => {
      const run = await checkRewrites("--idempotence", "--typecheck", "fixtures/check-rewrites-module-extensions");
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(tally(run.lines)).toMatchObject({
        "files linted": 2,
        "prefer-with-client fix: applied": 2,
        "prefer-with-client fix: type-checked": 2,
        "fix loop: files fixed": 2,
      });
    },
    SLOW,
  );

  it(
    "bad arguments: exit 2 with what was wrong and the usage",
    async () => {
      const [typo, missing] = await Promise.all([checkRewrites("--typechek", fixtures), checkRewrites("fixtures/no-such-tree")]);
      expect(typo.code).toBe(2);
      expect(typo.stderr.split("\n")[0]).toBe("check-rewrites: unknown option --typechek");
      expect(typo.stderr).toContain("usage: npx tsx test/realworld/check-rewrites.ts");
      expect(missing.code).toBe(2);
      expect(missing.stderr.split("\n")[0]).toBe(
        "check-rewrites: not a directory: fixtures/no-such-tree (give work trees, e.g. extracted with git archive)",
      );
    },
    SLOW,
  );
});
