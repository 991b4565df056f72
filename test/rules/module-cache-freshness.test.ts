// What the rules remember of the project's other modules stays true to the module and to the parser: a summary of a
// module is kept per parser (a TypeScript module is read with typescript-eslint's parser for every importer; a
// JavaScript module with the importer's, and one file's failed parse must not stand for the next file's), and where a specifier leads is looked for again after
// a second, so that an editor's long-lived ESLint finds a module created or renamed after its first lint.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import plugin from "../../src/plugin.js";

const root = mkdtempSync(path.join(tmpdir(), "poolguard-freshness-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Lints `text` as the file `relative` (espree, ESLint's default, unless `parser` is "ts"): "line:column:rule". */
function lint(relative: string, text: string, parser: "espree" | "ts" = "espree"): string[] {
  const file = write(relative, text);
  const messages = new Linter({ cwd: root }).verify(
    text,
    [
      ...(parser === "ts" ? [{ files: ["**/*.ts", "**/*.js"], languageOptions: { parser: tsParser } }] : []),
      plugin.configs.recommended as Linter.Config,
    ],
    { filename: file },
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => `${message.line}:${message.column}:${message.ruleId}`);
}

const TYPED_DB = 'import pg from "pg";\n\nexport const store: pg.Pool = new pg.Pool({ max: 5 });\n';
const STATS = 'import { store } from "./db.js";\n\nexport async function stats() {\n  const client = await store.connect();\n  const { rows } = await client.query("SELECT 1");\n  return rows;\n}\n';
const POOL_JS = 'const { Pool } = require("pg");\nmodule.exports = new Pool();\n';
const REPORT = (specifier: string) =>
  `const db = require("${specifier}");\n\nasync function report() {\n  const client = await db.connect();\n  const { rows } = await client.query("SELECT 1");\n  return rows;\n}\n`;

describe("summaries of other modules, per parser", () => {
  it("a TypeScript module is read for an espree-linted .js file, and still for the .ts file linted next", () => {
    write("a/db.ts", TYPED_DB);
    // espree cannot parse `store: pg.Pool`, so the module is read with typescript-eslint's parser whatever parsed the
    // importing file (parser-for-module.ts; mixed-language-modules.test.ts): the .js file sees the pool too.
    expect(lint("a/a.js", STATS)).toEqual(["4:24:poolguard/no-leaked-client"]);
    expect(lint("a/b.ts", STATS, "ts")).toEqual(["4:24:poolguard/no-leaked-client"]);
  });

  it("the order does not matter: the .ts file first, then the .js file, each as it would alone", () => {
    write("b/db.ts", TYPED_DB);
    expect(lint("b/b.ts", STATS, "ts")).toEqual(["4:24:poolguard/no-leaked-client"]);
    expect(lint("b/a.js", STATS)).toEqual(["4:24:poolguard/no-leaked-client"]);
    // A module both parsers read gives both the same answer.
    write("b/plain.ts", 'import pg from "pg";\n\nexport const store = new pg.Pool({ max: 5 });\n');
    const plain = STATS.replace("./db.js", "./plain.js");
    expect(lint("b/c.js", plain)).toEqual(["4:24:poolguard/no-leaked-client"]);
    expect(lint("b/d.ts", plain, "ts")).toEqual(["4:24:poolguard/no-leaked-client"]);
  });
});

describe("where a specifier leads, looked for again", () => {
  it("finds a module created after the first lint, once a second has passed", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    expect(lint("c/report.js", REPORT("./later"))).toEqual([]);
    write("c/later.js", POOL_JS);
    vi.setSystemTime(Date.now() + 1500);
    expect(lint("c/report.js", REPORT("./later"))).toEqual(["4:24:poolguard/no-leaked-client"]);
  });

  it("follows a module renamed from db.js to db.ts, and stops at one deleted", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const js = write("d/db.js", POOL_JS);
    expect(lint("d/report.ts", REPORT("./db"), "ts")).toEqual(["4:24:poolguard/no-leaked-client"]);
    renameSync(js, path.join(root, "d/db.ts"));
    vi.setSystemTime(Date.now() + 1500);
    expect(lint("d/report.ts", REPORT("./db"), "ts")).toEqual(["4:24:poolguard/no-leaked-client"]);
    rmSync(path.join(root, "d/db.ts"));
    vi.setSystemTime(Date.now() + 3000);
    expect(lint("d/report.ts", REPORT("./db"), "ts")).toEqual([]);
  });

  it("within the second, one lint run resolves each specifier once", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    expect(lint("e/report.js", REPORT("./soon"))).toEqual([]);
    write("e/soon.js", POOL_JS);
    expect(lint("e/report.js", REPORT("./soon"))).toEqual([]);
  });
});

describe("which file a specifier names", () => {
  it("a .js file's require('./db') reads db.js where db.ts sits beside it, as Node.js runs it", () => {
    write("f/db.js", POOL_JS);
    write("f/db.ts", 'import pg from "pg";\n\nexport const store = new pg.Pool({ max: 5 });\n');
    expect(lint("f/report.js", REPORT("./db"))).toEqual(["4:24:poolguard/no-leaked-client"]);
    // A .ts file's import of the same specifier reads db.ts, as TypeScript does: its default export is no pool.
    expect(lint("f/report.ts", REPORT("./db").replace('const db = require("./db");', 'import db from "./db";'), "ts")).toEqual([]);
  });
});
