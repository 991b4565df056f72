// Every TypeScript and JavaScript example in docs/rules/*.md type-checks as written, ❌ and ✅ alike: a reader copies
// both (the ❌ ones leak, they are not meant to be wrong TypeScript). TypeScript blocks are checked strictly; JavaScript
// blocks as `checkJs` sees a plain JavaScript project (no implicit-any errors, which JavaScript cannot avoid), so what
// fails there is a missing import, a wrong call or a misspelt name. `poolguard` and `poolguard/runtime` resolve to
// this repository's sources, `pg` to @types/pg.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "./lint-fixtures.js";

const TYPESCRIPT = new Set(["ts", "typescript"]);
const JAVASCRIPT = new Set(["js", "javascript", "mjs", "cjs"]);

interface Block {
  doc: string;
  line: number;
  file: string;
}

const docsDirectory = path.join(repositoryRoot, "docs", "rules");
const work = mkdtempSync(path.join(tmpdir(), "poolguard-doc-examples-"));
symlinkSync(path.join(repositoryRoot, "node_modules"), path.join(work, "node_modules"), "dir");
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes each fenced TS/JS block of the rule docs to its own module in `work`. */
function writeBlocks(): Block[] {
  const blocks: Block[] = [];
  for (const doc of readdirSync(docsDirectory).filter((name) => name.endsWith(".md")).sort()) {
    const lines = readFileSync(path.join(docsDirectory, doc), "utf8").split("\n");
    for (let index = 0; index < lines.length; index += 1) {
      const fence = /^(`{3,}|~{3,})(\w+)\s*$/.exec(lines[index] as string);
      if (!fence) continue;
      const close = lines.findIndex((line, at) => at > index && line.trim() === fence[1]);
      if (close === -1) throw new Error(`docs/rules/${doc}: unclosed code block at line ${index + 1}`);
      const language = fence[2] as string;
      if (TYPESCRIPT.has(language) || JAVASCRIPT.has(language)) {
        const body = lines.slice(index + 1, close).join("\n");
        // A `js` block that requires and never imports is a CommonJS file, as Node.js would run it.
        const commonJs = language === "cjs" || (language !== "mjs" && /\brequire\(/.test(body) && !/^\s*(?:import|export)\s/m.test(body));
        const extension = TYPESCRIPT.has(language) ? "mts" : commonJs ? "cjs" : "mjs";
        const file = path.join(work, `${doc.slice(0, -".md".length)}-${index + 1}.${extension}`);
        // Each block is a module of its own, so names declared in two examples do not clash.
        writeFileSync(file, extension === "cjs" ? body : `${body}\nexport {};\n`);
        blocks.push({ doc, line: index + 1, file });
      }
      index = close;
    }
  }
  return blocks;
}

// Streams from pg-query-stream appear in the docs' stream examples; the package is not a dependency of poolguard, so
// its one export (`module.exports = QueryStream`) is declared here (a readable stream of rows, as its README describes it).
const SHIMS = `declare module "pg-query-stream" {
  import type { Readable } from "node:stream";
  import type { Submittable } from "pg";
  class QueryStream extends Readable implements Submittable {
    constructor(text: string, values?: unknown[]);
    submit(connection: unknown): void;
  }
  export = QueryStream;
}
`;

function diagnostics(files: readonly string[], strict: boolean): string[] {
  const shim = path.join(work, "shims.d.ts");
  writeFileSync(shim, SHIMS);
  const program = ts.createProgram([...files, shim], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict,
    noEmit: true,
    skipLibCheck: true,
    allowJs: true,
    checkJs: true,
    types: ["node"],
    paths: {
      poolguard: [path.join(repositoryRoot, "src", "plugin.ts")],
      "poolguard/runtime": [path.join(repositoryRoot, "src", "runtime", "index.ts")],
    },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file === undefined || files.includes(path.normalize(diagnostic.file.fileName)))
    .map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.basename(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
        : "(program)";
      return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    });
}

describe("docs/rules/*.md examples", () => {
  const blocks = writeBlocks();
  const typescript = blocks.filter((block) => block.file.endsWith(".mts")).map((block) => block.file);
  const javascript = blocks.filter((block) => !block.file.endsWith(".mts")).map((block) => block.file);

  it("has TypeScript and JavaScript examples to check", () => {
    expect(typescript.length).toBeGreaterThanOrEqual(20);
    expect(javascript.length).toBeGreaterThanOrEqual(5);
  });

  // A TypeScript program over every example: ~10 s quiet, past the suite's 30 s default on a loaded 2-core machine.
  it("type-checks every TypeScript example strictly", { timeout: 120_000 }, () => {
    expect(diagnostics(typescript, true)).toEqual([]);
  });

  it("type-checks every JavaScript example with checkJs", { timeout: 120_000 }, () => {
    expect(diagnostics(javascript, false)).toEqual([]);
  });
});
