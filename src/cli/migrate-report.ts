// What `poolguard migrate` prints: a unified diff per changed file (git-style a/ b/ names, so `git apply` takes
// it), then a summary with every skipped block's location and reason.
import { createTwoFilesPatch } from "diff";
import path from "node:path";
import type { FileResult } from "./migrate-engine.js";

const display = (file: string, cwd: string): string => path.relative(cwd, file).split(path.sep).join("/");

export function formatDiffs(results: readonly FileResult[], cwd: string): string {
  return results
    .filter((result) => result.output !== result.original)
    .map((result) => {
      const name = display(result.path, cwd);
      return createTwoFilesPatch(`a/${name}`, `b/${name}`, result.original, result.output, undefined, undefined, {
        context: 3,
      }).replace(/^=+\n/, "");
    })
    .join("");
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

export function formatSummary(results: readonly FileResult[], cwd: string, written: boolean): string {
  const rewritten = results.reduce((sum, result) => sum + result.rewritten, 0);
  const changedFiles = results.filter((result) => result.rewritten > 0).length;
  const skipped = results.flatMap((result) =>
    result.skipped.map((skip) => {
      const at = skip.line === undefined ? "" : `:${skip.line}:${skip.column ?? 1}`;
      return `  ${display(result.path, cwd)}${at}  ${skip.reason}`;
    }),
  );
  const unread = results.filter((result) => result.skipped.some((skip) => skip.unread)).length;
  const lines = [
    `poolguard migrate: ${plural(results.length, "file")} scanned, ` +
      `${plural(rewritten, "block")} ${written ? "rewritten" : "to rewrite"} in ${plural(changedFiles, "file")}, ` +
      `${plural(skipped.length, "block")} skipped`,
  ];
  if (skipped.length > 0) lines.push("skipped (rewrite these by hand):", ...skipped);
  // "Nothing left" would be a claim about files poolguard could not read: say which part it covers.
  if (rewritten === 0 && unread > 0)
    lines.push(`nothing left to migrate in the files that could be read (${plural(unread, "file")} could not)`);
  else if (rewritten === 0) lines.push("nothing left to migrate");
  else if (!written) lines.push("dry run: nothing written; run again with --write to apply");
  return lines.join("\n");
}
