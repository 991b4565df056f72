// Where `npm run bench` puts its report in docs/benchmarks.md: only between two markers. The page also holds
// hand-written explanations (how the figures are taken, what moves them) that no run can produce, so a run must
// replace its own figures and leave every line outside the markers as it was.
import { readFile, writeFile } from "node:fs/promises";
import { relative } from "node:path";

export const BEGIN_MARKER = "<!-- bench:begin (written by npm run bench: edit outside these markers only) -->";
export const END_MARKER = "<!-- bench:end -->";

export class ReportFileError extends Error {}

/**
 * The page with `generated` between the markers: `existing` is the file's text, or undefined when there is no file
 * yet (then the page is the generated part alone, between markers). Throws when `existing` has no well-formed pair
 * of markers, rather than overwrite text someone wrote by hand.
 */
export function spliceReport(existing: string | undefined, generated: string, fileName = "the report file"): string {
  const block = `${BEGIN_MARKER}\n\n${generated.trim()}\n\n${END_MARKER}`;
  if (existing === undefined) return `${block}\n`;
  const begin = existing.indexOf(BEGIN_MARKER);
  const end = existing.indexOf(END_MARKER);
  const once = (marker: string, at: number) => at >= 0 && existing.indexOf(marker, at + marker.length) < 0;
  if (!once(BEGIN_MARKER, begin) || !once(END_MARKER, end) || end < begin) {
    throw new ReportFileError(
      `bench: ${fileName} needs exactly one "${BEGIN_MARKER}" line followed by one "${END_MARKER}" line around the ` +
        "generated figures (the text outside them is kept); add them, or write the report elsewhere with --out <file>",
    );
  }
  return existing.slice(0, begin) + block + existing.slice(end + END_MARKER.length);
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Throws ReportFileError now, before a run of many minutes, if its report could not be written to `file`. */
export async function checkReportFile(file: string): Promise<void> {
  spliceReport(await readIfPresent(file), "", relative(process.cwd(), file));
}

/** Writes `generated` between the markers of `file`, keeping the rest of it. */
export async function writeReportFile(file: string, generated: string): Promise<void> {
  await writeFile(file, spliceReport(await readIfPresent(file), generated, relative(process.cwd(), file)));
}
