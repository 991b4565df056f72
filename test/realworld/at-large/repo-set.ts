// Which repositories of the at-large set a run lints and which two runs can be compared on: lint.ts may lint a
// subset (`--present`: the repositories whose mirror holds the listed commit; `--repos FILE`: those a file names),
// and diff.ts compares only the repositories both runs linted.
import { readFileSync } from "node:fs";

export interface ListedRepository {
  repo: string;
  commit: string;
}

/** The first word of every line of a list (repos.txt, a `--repos` file, atlarge-top200.txt); `#` starts a comment. */
export function readListWords(text: string): string[][] {
  return text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim().split(/\s+/))
    .filter((words) => words[0]);
}

/** `owner/repo <commit>` lines of repos.txt. */
export function listedRepositories(reposFile: string): ListedRepository[] {
  return readListWords(readFileSync(reposFile, "utf8"))
    .filter((words) => words[1])
    .map(([repo, commit]) => ({ repo: repo!, commit: commit! }));
}

/**
 * The repositories a `--repos` file names, in repos.txt's order, and the names it gives that repos.txt does not
 * list (a typo, or a list made for another set: the caller refuses them rather than lint less than was asked).
 */
export function chooseRepositories(
  listed: ListedRepository[],
  wanted: string[],
): { chosen: ListedRepository[]; unknown: string[] } {
  const names = new Set(wanted.map((name) => name.toLowerCase()));
  const chosen = listed.filter(({ repo }) => names.has(repo.toLowerCase()));
  const known = new Set(listed.map(({ repo }) => repo.toLowerCase()));
  return { chosen, unknown: [...new Set(wanted)].filter((name) => !known.has(name.toLowerCase())) };
}

/**
 * The repositories a findings file's header says its run linted: `linted` (lint.ts writes it since session 24), or
 * undefined for an older file, whose run linted the whole of repos.txt as it was then.
 */
export function lintedRepositories(header: Record<string, unknown>): string[] | undefined {
  const linted = header["linted"];
  return Array.isArray(linted) && linted.every((name) => typeof name === "string") ? linted : undefined;
}

/**
 * The repositories two runs are compared on: those both linted. A run whose header has no list (an older file)
 * counts as having linted every repository the other run linted; when neither has one, every repository is
 * compared (undefined). `restrict` (diff.ts's `--repos`) narrows the result further.
 */
export function comparedRepositories(
  before: string[] | undefined,
  after: string[] | undefined,
  restrict?: string[],
): Set<string> | undefined {
  let compared: Set<string> | undefined;
  if (before && after) {
    const inAfter = new Set(after);
    compared = new Set(before.filter((repo) => inAfter.has(repo)));
  } else if (before ?? after) compared = new Set(before ?? after);
  if (restrict) {
    const wanted = new Set(restrict);
    compared = new Set([...(compared ?? wanted)].filter((repo) => wanted.has(repo)));
  }
  return compared;
}
