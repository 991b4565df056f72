// `poolguard migrate` end to end, as a user runs it: a copy of fixtures/migrate, the real CLI in a child process.
import * as tsParser from "@typescript-eslint/parser";
import { applyPatch, parsePatch } from "diff";
import { ESLint } from "eslint";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/migrate.js";
import { formatSummary } from "../../src/cli/migrate-report.js";
import plugin from "../../src/plugin.js";

const repoRoot = path.join(import.meta.dirname, "..", "..");
const cli = path.join(repoRoot, "src", "cli", "index.ts");
// An absolute loader URL: `--import tsx` would be resolved from the temp project, which has no tsx.
const tsxLoader = pathToFileURL(path.join(repoRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
const SLOW = 180_000;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function migrate(cwd: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", tsxLoader, cli, "migrate", ...args],
      { cwd, env: { ...process.env, FORCE_COLOR: "0" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The diff part of the output (everything before the summary line). */
const diffOf = (stdout: string): string => stdout.slice(0, stdout.indexOf("poolguard migrate:"));

const projectFiles = ["src/accounts.ts", "src/db.ts", "src/export.ts", "src/health.ts", "src/jobs.ts"];

describe("poolguard migrate on a copy of fixtures/migrate", () => {
  let work: string;
  const original = new Map<string, string>();
  let dryRun: CliRun;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "poolguard-migrate-"));
    cpSync(path.join(repoRoot, "fixtures", "migrate"), work, { recursive: true });
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(work, "node_modules"), "dir");
    // The project resolves poolguard/runtime to this repository's runtime, as an installed package would.
    const tsconfigPath = path.join(work, "tsconfig.json");
    const tsconfig = JSON.parse(readFileSync(tsconfigPath, "utf8")) as { compilerOptions: Record<string, unknown> };
    tsconfig.compilerOptions.paths = { "poolguard/runtime": [path.join(repoRoot, "src", "runtime", "index.ts")] };
    writeFileSync(tsconfigPath, JSON.stringify(tsconfig, null, 2));
    for (const file of projectFiles) original.set(file, readFileSync(path.join(work, file), "utf8"));
    dryRun = await migrate(work);
  }, SLOW);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("dry run: prints a diff per file and the summary, writes nothing, exits 1", () => {
    expect(dryRun.stderr).toBe("");
    expect(dryRun.code).toBe(1);
    const patches = parsePatch(diffOf(dryRun.stdout));
    expect(patches.map((patch) => patch.newFileName)).toEqual(["b/src/accounts.ts", "b/src/jobs.ts"]);
    // `primary` and `this.db` say nothing in their names: the type checker found them.
    expect(dryRun.stdout).toContain('+import { withClient, withTransaction } from "poolguard/runtime";');
    expect(dryRun.stdout).toContain("+  return await withClient(primary, async (conn) => {");
    expect(dryRun.stdout).toContain("+  await withTransaction(primary, async (conn) => {");
    expect(dryRun.stdout).toContain("+    return await withClient(this.db, async (session) => {");
    expect(dryRun.stdout).toContain('-    await conn.query("ROLLBACK");');
    expect(dryRun.stdout.trimEnd().split("\n").slice(-4)).toEqual([
      "poolguard migrate: 5 files scanned, 3 blocks to rewrite in 2 files, 1 block skipped",
      "skipped (rewrite these by hand):",
      "  src/export.ts:5:3  the body uses `yield`",
      "dry run: nothing written; run again with --write to apply",
    ]);
    for (const file of projectFiles) expect(readFileSync(path.join(work, file), "utf8")).toBe(original.get(file));
  });

  it("is what the README's migration example shows", () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("<!-- section: migrate -->"), readme.indexOf("<!-- /section: migrate -->"));
    const accountsDiff = diffOf(dryRun.stdout).split("--- a/src/jobs.ts")[0] as string;
    expect(section).toContain(`$ npx poolguard migrate src\n${accountsDiff}…\n`);
    expect(section).toContain(dryRun.stdout.slice(dryRun.stdout.indexOf("poolguard migrate:")));
  });

  it("--write writes exactly what the dry run showed; a second run finds nothing left", async () => {
    const written = await migrate(work, "--write");
    expect(written.code).toBe(0);
    expect(written.stdout).toContain("poolguard migrate: 5 files scanned, 3 blocks rewritten in 2 files, 1 block skipped");
    for (const patch of parsePatch(diffOf(dryRun.stdout))) {
      const file = (patch.newFileName ?? "").replace(/^b\//, "");
      const expected = applyPatch(original.get(file) ?? "", patch);
      expect(expected, file).not.toBe(false);
      expect(readFileSync(path.join(work, file), "utf8")).toBe(expected);
    }

    const again = await migrate(work, "src");
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain("+++");
    expect(again.stdout).toContain("poolguard migrate: 5 files scanned, 0 blocks to rewrite in 0 files, 1 block skipped");
    expect(again.stdout).toContain("nothing left to migrate");
  }, SLOW);

  it("the written project type-checks and lints clean with the recommended config", async () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(work, "tsconfig.json"), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    });
    if (!parsed) throw new Error("tsconfig of the copy cannot be read");
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName.startsWith(path.join(work, "src")))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, " "));
    expect(diagnostics).toEqual([]);
    expect(readFileSync(path.join(work, "src", "accounts.ts"), "utf8")).toContain("withTransaction(primary");

    const eslint = new ESLint({
      cwd: work,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
        plugin.configs.recommended,
      ],
    });
    const results = await eslint.lintFiles(["src"]);
    expect(results.map((result) => path.relative(work, result.filePath)).sort()).toEqual(projectFiles);
    expect(results.flatMap((result) => result.messages.map((message) => `${result.filePath}: ${message.message}`))).toEqual(
      [],
    );
  }, SLOW);
});

describe("poolguard migrate on bad input", () => {
  const fixture = path.join(repoRoot, "fixtures", "migrate");
  const errors: string[] = [];
  const logs: string[] = [];
  const capture = () => {
    vi.spyOn(console, "error").mockImplementation((line: unknown) => void errors.push(String(line)));
    vi.spyOn(console, "log").mockImplementation((line: unknown) => void logs.push(String(line)));
  };
  afterEach(() => {
    vi.restoreAllMocks();
    errors.length = 0;
    logs.length = 0;
  });

  it.each([
    [["--frobnicate"], 'poolguard migrate: unknown option "--frobnicate"; run "poolguard migrate --help" for the options'],
    [["--tsconfig"], 'poolguard migrate: option "--tsconfig" needs a value; run "poolguard migrate --help" for the options'],
    [["--write=yes"], 'poolguard migrate: option "--write" takes no value; run "poolguard migrate --help" for the options'],
    [["no/such/dir"], 'poolguard migrate: path "no/such/dir" does not exist; pass files or directories of the project to migrate'],
    [
      ["--tsconfig", "missing.json"],
      'poolguard migrate: --tsconfig "missing.json" does not exist; pass the path of the project\'s tsconfig.json',
    ],
  ])("%j exits 2 with one line that says what to do", async (args, message) => {
    capture();
    expect(await run([...args])).toBe(2);
    expect(logs).toEqual([]);
    expect(errors).toEqual([message]);
  });

  it("an unreadable tsconfig exits 2 with one line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "poolguard-migrate-bad-"));
    try {
      writeFileSync(path.join(dir, "tsconfig.json"), '{ "compilerOptions": ');
      capture();
      expect(await run([dir, "--tsconfig", path.join(dir, "tsconfig.json")])).toBe(2);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^poolguard migrate: cannot read tsconfig ".*tsconfig\.json": .+; fix it or pass another with --tsconfig$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it("a JavaScript project without a tsconfig.json is read with default options (allowJs)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "poolguard-migrate-js-"));
    const written: string[] = [];
    try {
      mkdirSync(path.join(dir, "src"));
      writeFileSync(
        path.join(dir, "src", "users.js"),
        [
          'const { Pool } = require("pg");',
          "const pool = new Pool();",
          "async function getUser(id) {",
          "  const client = await pool.connect();",
          "  try {",
          '    const { rows } = await client.query("SELECT * FROM users WHERE id = $1", [id]);',
          "    return rows[0];",
          "  } finally {",
          "    client.release();",
          "  }",
          "}",
          "module.exports = { getUser };",
          "",
        ].join("\n"),
      );
      vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      capture();
      expect(await run([dir])).toBe(1);
      expect(errors).toEqual([
        `poolguard migrate: no tsconfig.json found above "${path.relative(process.cwd(), dir)}"; reading its files with default options (allowJs, NodeNext)`,
      ]);
      const diff = written.join("");
      expect(diff).toContain('+const { withClient } = require("poolguard/runtime");');
      expect(diff).toContain("+  return await withClient(pool, async (client) => {");
      expect(logs.join("\n")).toContain("poolguard migrate: 1 file scanned, 1 block to rewrite in 1 file, 0 blocks skipped");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it("a file that cannot be parsed is listed at its location, and 'nothing left' says it covers only the files read", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "poolguard-migrate-unparsable-"));
    try {
      mkdirSync(path.join(dir, "src"));
      writeFileSync(
        path.join(dir, "src", "broken.js"),
        ['const { Pool } = require("pg");', "const pool = new Pool();", "async function f( {", "  await pool.connect();", "}", ""].join("\n"),
      );
      writeFileSync(path.join(dir, "src", "fine.js"), 'const { Pool } = require("pg");\nmodule.exports = new Pool();\n');
      capture();
      expect(await run([dir])).toBe(0);
      const summary = logs.join("\n").split("\n");
      expect(summary[0]).toBe("poolguard migrate: 2 files scanned, 0 blocks to rewrite in 0 files, 1 block skipped");
      expect(summary[1]).toBe("skipped (rewrite these by hand):");
      expect(summary[2]).toMatch(/^ {2}\S*\/src\/broken\.js:\d+:\d+ {2}cannot be parsed: .+/);
      expect(summary[2]).not.toContain("undefined");
      expect(summary.at(-1)).toBe("nothing left to migrate in the files that could be read (1 file could not)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it("a file skipped with no location (a fatal message that is not a syntax error) is listed by its path alone", () => {
    const file = path.join(process.cwd(), "src", "jobs.ts");
    const summary = formatSummary(
      [{ path: file, original: "", output: "", rewritten: 0, skipped: [{ reason: "cannot be parsed: boom", unread: true }] }],
      process.cwd(),
      false,
    ).split("\n");
    expect(summary.slice(1)).toEqual([
      "skipped (rewrite these by hand):",
      "  src/jobs.ts  cannot be parsed: boom",
      "nothing left to migrate in the files that could be read (1 file could not)",
    ]);
  });

  it("--import-source names the module of the added import (dry run on one file of the fixture)", async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    capture();
    const code = await run([path.join(fixture, "src", "jobs.ts"), "--import-source", "@acme/db"]);
    expect(errors).toEqual([]);
    expect(code).toBe(1);
    expect(written.join("")).toContain('+import { withClient } from "@acme/db";');
    expect(logs.join("\n")).toContain("poolguard migrate: 1 file scanned, 1 block to rewrite in 1 file, 0 blocks skipped");
  }, SLOW);

  it("--help prints the usage and exits 0", async () => {
    capture();
    expect(await run(["--help", fixture])).toBe(0);
    expect(logs.join("\n")).toContain("usage: poolguard migrate [paths…] [--write]");
  });
});
