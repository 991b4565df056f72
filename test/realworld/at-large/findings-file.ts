// The findings file at-large/lint.ts writes and diff.ts reads: a header line, then one JSON line per poolguard
// finding or rule crash, sorted by repo, file, line, column.
import { readFileSync } from "node:fs";

export type FindingRecord =
  | { repo: string; file: string; line: number; column: number; rule: string; messageId: string; message: string }
  | { repo: string; file: string; crash: string };

export interface FindingsFile {
  header: Record<string, unknown>;
  records: FindingRecord[];
}

const position = (record: FindingRecord): [number, number] => ("crash" in record ? [0, 0] : [record.line, record.column]);

export function compareRecords(a: FindingRecord, b: FindingRecord): number {
  const [aLine, aColumn] = position(a);
  const [bLine, bColumn] = position(b);
  return a.repo.localeCompare(b.repo) || a.file.localeCompare(b.file) || aLine - bLine || aColumn - bColumn ||
    ("crash" in a ? a.crash : a.rule).localeCompare("crash" in b ? b.crash : b.rule);
}

/** What makes two runs' records the same finding: the place and the kind, not the wording. */
export function recordKey(record: FindingRecord): string {
  return "crash" in record
    ? `${record.file}\tcrash`
    : `${record.file}:${record.line}:${record.column}\t${record.rule}\t${record.messageId}`;
}

export function readFindingsFile(file: string): FindingsFile {
  let header: Record<string, unknown> = {};
  const records: FindingRecord[] = [];
  readFileSync(file, "utf8").split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${index + 1} is not a JSON line; give a file that at-large/lint.ts wrote`);
    }
    const value = parsed as { header?: Record<string, unknown> } & Partial<FindingRecord>;
    if (value.header) header = value.header;
    else if (typeof value.repo === "string" && typeof value.file === "string") records.push(value as FindingRecord);
    else throw new Error(`${file}:${index + 1} has no repo and file; give a file that at-large/lint.ts wrote`);
  });
  return { header, records };
}
