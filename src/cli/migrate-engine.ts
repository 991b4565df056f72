// The migrate loop: lint each file with only prefer-with-client on, parsed from the project's own TypeScript
// program (so pools are found by type), apply the fixes, rebuild the program, and repeat until nothing changes.
// The program must match the text being linted — typescript-eslint takes the AST from it — hence one pass at a time.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import type { Project, SourceFile } from "ts-morph";
import plugin from "../plugin.js";

export interface SkippedBlock {
  /** Absent when the file could not be read at all and ESLint gave no location. */
  line?: number;
  column?: number;
  reason: string;
  /** The whole file was skipped: it could not be parsed, so the blocks it may hold are not counted. */
  unread?: boolean;
}

export interface FileResult {
  /** Absolute path. */
  path: string;
  original: string;
  output: string;
  rewritten: number;
  skipped: SkippedBlock[];
}

export interface MigrateOptions {
  importSource: string;
  /** Called once per file after its first pass (for a progress display). */
  onFileScanned?: () => void;
}

/** Enough for one rewrite per pass of a file with many blocks; a guard against a fix that never settles. */
const MAX_PASSES = 200;

const RULE_ID = "poolguard/prefer-with-client";

const NO_FIX = /\(not fixed automatically: (.*)\)\.$/s;

function lintConfig(program: unknown, importSource: string): Linter.Config[] {
  return [
    {
      files: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"],
      languageOptions: {
        parser: tsParser as unknown as Linter.Parser,
        parserOptions: { programs: [program] },
      },
      linterOptions: { reportUnusedDisableDirectives: "off" },
      plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
      settings: { poolguard: { typeAware: true } },
      rules: { [RULE_ID]: ["error", { importSource }] },
    },
  ];
}

/** Applies the non-overlapping fixes in source order, as ESLint does in one pass; returns the text and the count. */
function applyFixes(text: string, messages: Linter.LintMessage[]): { text: string; applied: number } {
  const fixes = messages
    .map((message) => message.fix)
    .filter((fix): fix is NonNullable<Linter.LintMessage["fix"]> => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let position = 0;
  let lastEnd = -1;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.range[0] <= lastEnd) continue;
    out += text.slice(position, fix.range[0]) + fix.text;
    position = fix.range[1];
    lastEnd = fix.range[1];
    applied += 1;
  }
  return { text: out + text.slice(position), applied };
}

export function migrateFiles(project: Project, files: readonly SourceFile[], options: MigrateOptions): FileResult[] {
  // Flat config `files` patterns only match below cwd: the file system root is above every project file.
  const linter = new Linter({ configType: "flat", cwd: path.parse(process.cwd()).root });
  const results = new Map<SourceFile, FileResult>();
  for (const file of files) {
    const text = file.getFullText();
    results.set(file, { path: file.getFilePath(), original: text, output: text, rewritten: 0, skipped: [] });
  }

  // A file that never calls `connect(` cannot hold the pattern: counted as scanned, not linted.
  let pending = files.filter((file) => {
    if (/\bconnect\s*\(/.test((results.get(file) as FileResult).original)) return true;
    options.onFileScanned?.();
    return false;
  });
  let firstPass = true;
  for (let pass = 0; pending.length > 0 && pass < MAX_PASSES; pass += 1) {
    const program = project.getProgram().compilerObject;
    const config = lintConfig(program, options.importSource);
    const changed: SourceFile[] = [];
    for (const file of pending) {
      const result = results.get(file) as FileResult;
      const all = linter.verify(result.output, config, { filename: result.path });
      if (firstPass) options.onFileScanned?.();
      const fatal = all.find((message) => message.fatal);
      // The file's own eslint comments may name rules this linter does not load: only this rule's reports count.
      const messages = all.filter((message) => message.ruleId === RULE_ID);
      if (fatal) {
        // A fatal message from a crash rather than a syntax error may carry no location (seen with ts-morph ≤ 26).
        const at = typeof fatal.line === "number" ? { line: fatal.line, column: fatal.column } : {};
        result.skipped = [{ ...at, reason: `cannot be parsed: ${fatal.message}`, unread: true }];
        continue;
      }
      const { text, applied } = applyFixes(result.output, messages);
      if (applied > 0) {
        result.output = text;
        result.rewritten += applied;
        changed.push(file);
        continue;
      }
      result.skipped = messages.map((message) => ({
        line: message.line,
        column: message.column,
        reason: NO_FIX.exec(message.message)?.[1] ?? message.message,
      }));
    }
    // Rebuild the program from the new texts before the next pass.
    for (const file of changed) file.replaceWithText((results.get(file) as FileResult).output);
    pending = changed;
    firstPass = false;
  }
  return [...results.values()];
}
