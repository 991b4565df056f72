// Pools exported by the project's own modules: recognised through require/import, read once per version of the
// module, and silent (never a crash) when the module is missing, unreadable, unparsable or circular.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { mkdtempSync, rmSync, writeFileSync, utimesSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import { modulePoolStats } from "../../src/analysis/pools/module-pools.js";

const root = mkdtempSync(path.join(tmpdir(), "poolguard-modules-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Lints `text` as the file `relative` under the temporary project: "line:rule" for every poolguard finding. */
function lint(relative: string, text: string): string[] {
  const linter = new Linter({ cwd: root });
  const file = write(relative, text);
  const messages = linter.verify(
    text,
    [
      { files: ["**/*.js", "**/*.ts", "**/*.cjs"], languageOptions: { parser: tsParser } },
      plugin.configs.recommended as Linter.Config,
    ],
    { filename: file },
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => `${message.line}:${message.ruleId}`);
}

const LEAK = (specifier: string, binding = "db") =>
  `const ${binding} = require("${specifier}");\nasync function f() {\n  const client = await ${binding}.connect();\n  await client.query("SELECT 1");\n}\n`;

describe("pools exported by local modules", () => {
  it("follows `module.exports = new Pool()`, with and without the extension in the specifier", () => {
    write("a/db.js", 'const { Pool } = require("pg");\nmodule.exports = new Pool();\n');
    expect(lint("a/one.js", LEAK("./db"))).toEqual(["3:poolguard/no-leaked-client"]);
    expect(lint("a/two.js", LEAK("./db.js"))).toEqual(["3:poolguard/no-leaked-client"]);
  });

  it("follows a folder's index and an exports object assigned member by member", () => {
    write("b/pg/index.js", 'const pg = require("pg");\nexports.pool = new pg.Pool();\n');
    expect(lint("b/use.js", 'const { pool: main } = require("./pg");\nasync function f() {\n  const c = await main.connect();\n  await c.query("x");\n}\n')).toEqual([
      "3:poolguard/no-leaked-client",
    ]);
  });

  it("a TypeScript source named by its emitted .js specifier", () => {
    write("c/db.ts", 'import { Pool } from "pg";\nconst instance = new Pool();\nexport default instance;\n');
    expect(lint("c/use.ts", 'import conn from "./db.js";\nexport async function f() {\n  const c = await conn.connect();\n  await c.query("x");\n}\n')).toEqual([
      "3:poolguard/no-leaked-client",
    ]);
  });

  it("stays silent when the module exports something else", () => {
    write("d/db.js", 'const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = { query: (t) => pool.query(t) };\n');
    write("d/client.js", 'const { Client } = require("pg");\nmodule.exports = new Client();\n');
    expect(lint("d/one.js", LEAK("./db"))).toEqual([]);
    expect(lint("d/two.js", LEAK("./client"))).toEqual([]);
  });

  it("stays silent, without crashing, when the module is missing, unparsable, a folder or circular", () => {
    write("e/broken.js", 'const { Pool } = require("pg");\nmodule.exports = new Pool(;\n');
    mkdirSync(path.join(root, "e/folder.js"), { recursive: true });
    write("e/loop-a.js", 'const { Pool } = require("pg");\nmodule.exports = require("./loop-b");\n');
    write("e/loop-b.js", 'const { Pool } = require("pg");\nmodule.exports = require("./loop-a");\n');
    expect(lint("e/one.js", LEAK("./missing"))).toEqual([]);
    expect(lint("e/two.js", LEAK("./broken"))).toEqual([]);
    expect(lint("e/three.js", LEAK("./folder.js"))).toEqual([]);
    expect(lint("e/four.js", LEAK("./loop-a"))).toEqual([]);
    expect(lint("e/five.js", LEAK("some-package"))).toEqual([]);
  });

  it("reads a module once however many files use it, and again when it changes", () => {
    const db = write("f/db.js", 'const { Pool } = require("pg");\nmodule.exports = new Pool();\n');
    const before = modulePoolStats().reads;
    for (let index = 0; index < 5; index++) expect(lint(`f/use${index}.js`, LEAK("./db"))).toEqual(["3:poolguard/no-leaked-client"]);
    expect(modulePoolStats().reads - before).toBe(1);

    writeFileSync(db, 'const { Client } = require("pg");\nmodule.exports = new Client();\n// now a client\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(db, later, later);
    expect(lint("f/after.js", LEAK("./db"))).toEqual([]);
    expect(modulePoolStats().reads - before).toBe(2);
  });

  it("reads an imported helper's module once, and only for a result used as a client", () => {
    write("h/db.js", 'const { Pool } = require("pg");\nconst pool = new Pool();\nexports.getClient = () => pool.connect();\n');
    const queried = 'const { getClient } = require("./db");\nasync function f() {\n  const c = await getClient();\n  await c.query("SELECT 1");\n}\n';
    const unused = 'const { getClient } = require("./db");\nasync function f() {\n  const c = await getClient();\n  return c.rows;\n}\n';
    const before = modulePoolStats().reads;
    expect(lint("h/unused.js", unused)).toEqual([]);
    expect(modulePoolStats().reads - before).toBe(0);
    expect(lint("h/use0.js", queried)).toEqual(["3:poolguard/no-leaked-client"]);
    const first = modulePoolStats().reads;
    expect(first).toBeGreaterThan(before);
    // The other files that use it find its summary (the module's other readers keep their own, also once).
    for (let index = 1; index < 4; index++) expect(lint(`h/use${index}.js`, queried)).toEqual(["3:poolguard/no-leaked-client"]);
    expect(modulePoolStats().reads).toBe(first);
  });

  it("keeps a bounded number of module summaries", () => {
    for (let index = 0; index < 2100; index++) write(`g/m${index}.js`, "module.exports = 1;\n");
    const text = Array.from({ length: 2100 }, (_, index) => `const m${index} = require("./m${index}");\nm${index}.connect();\n`).join("");
    lint("g/use.js", text);
    expect(modulePoolStats().cached).toBeLessThanOrEqual(2000);
    expect(modulePoolStats().resolutions).toBeLessThanOrEqual(2000);
  });
});
