// What the demo concludes and how it reads: the static and live findings as repository-relative file:line, the
// check that both name the same line, and the short, indented blocks the demo prints between its numbered steps.
import { isAbsolute, relative, resolve } from "node:path";
import { Writable } from "node:stream";
import type { StaticFinding } from "./demo-lint.js";
import type { StressSummary } from "./stress-report.js";

export interface LiveFinding {
  file: string;
  line: number;
  column: number;
  fn: string;
  heldMs: number;
  stack: string;
}

export interface DemoResult {
  static: { file: string; line: number; rule: string }[];
  live: { file: string; line: number }[];
  stress: { leaky: StressSummary; fixed: StressSummary };
}

/** `path/file.ts:19:18` (relative to the cwd, or absolute) → repository-relative file, line, column. */
export function parseSite(site: string, root: string): { file: string; line: number; column: number } | undefined {
  const match = /^(.*):(\d+):(\d+)$/.exec(site);
  if (!match) return undefined;
  const absolute = isAbsolute(match[1]) ? match[1] : resolve(process.cwd(), match[1]);
  return { file: relative(root, absolute).split("\\").join("/"), line: Number(match[2]), column: Number(match[3]) };
}

/** The leak lines the linter and the monitor agree on. */
export function agreedLines(found: readonly StaticFinding[], live: readonly LiveFinding[]): string[] {
  const staticLines = new Set(found.map((f) => `${f.file}:${f.line}`));
  return [...new Set(live.map((l) => `${l.file}:${l.line}`))].filter((l) => staticLines.has(l));
}

/** Each line written to it goes to `target` indented, so nested output reads as part of the current step. */
export class IndentedLines extends Writable {
  private pending = "";

  constructor(
    private readonly target: NodeJS.WritableStream,
    private readonly indent = "   ",
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    const text = this.pending + chunk.toString();
    const lines = text.split("\n");
    this.pending = lines.pop() ?? "";
    for (const l of lines) this.target.write(l ? `${this.indent}${l}\n` : "\n");
    callback();
  }
}

/** The leak's stack without the frames below the HTTP handler: enough to see the line and who called it. */
export function trimStack(stack: string, root: string, frames = 3): string[] {
  return stack
    .split("\n")
    .map((l) => l.trim().split(`${root}/`).join(""))
    .filter(Boolean)
    .slice(0, frames);
}

export function describeLive(l: LiveFinding, root: string): string[] {
  return [
    `monitor: possible leak in pool 'main' — a client held ${Math.round(l.heldMs)} ms, acquired at ${l.file}:${l.line}:${l.column} (${l.fn})`,
    ...trimStack(l.stack, root).map((frame) => `  ${frame}`),
  ];
}
