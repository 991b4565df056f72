// Extracts the files lint-tree.ts would lint from one commit of a fetched mirror. Not `git archive`: snapshots lack
// blobs of 4 MiB and more (and LFS content), and an archive stops at the first missing blob; only source files
// are wanted anyway, so their blobs are read in one `git cat-file --batch` and a missing one is left out.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCE = /\.(js|ts|mjs|cjs|tsx)$/;

/** The git directory of a fetched mirror: bare (`repo/`) or a clone with a work tree (`repo/.git`). */
export function mirrorGitDirectory(mirrors: string, repo: string): string | undefined {
  const base = path.join(mirrors, repo.replace("/", "+"), "repo");
  if (existsSync(path.join(base, ".git"))) return path.join(base, ".git");
  return existsSync(base) ? base : undefined;
}

/**
 * Writes `commit`'s source files under `trees/<owner>+<repo>/` (once: a stamp file names the commit a directory
 * holds) and returns that directory, or undefined when the mirror is absent or lacks the commit.
 */
export function extractSourceTree(mirrors: string, trees: string, repo: string, commit: string): string | undefined {
  const name = repo.replace("/", "+");
  const into = path.join(trees, name);
  const stamp = path.join(trees, `${name}.commit`);
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === commit && existsSync(into)) return into;
  const gitDir = mirrorGitDirectory(mirrors, repo);
  if (!gitDir) return undefined;
  const git = (args: string[], input?: string) =>
    execFileSync("git", ["--git-dir", gitDir, ...args], { input, maxBuffer: 2 ** 31, stdio: ["pipe", "pipe", "ignore"] });
  try {
    git(["cat-file", "-e", `${commit}^{commit}`]);
  } catch {
    return undefined;
  }
  // mode SP type SP object TAB path, NUL-terminated; symlinks (120000) and submodules are not files to lint.
  const blobs = git(["ls-tree", "-r", "-z", commit])
    .toString("utf8")
    .split("\0")
    .map((entry) => /^100\d{3} blob ([0-9a-f]+)\t(.+)$/s.exec(entry))
    .filter((match): match is RegExpExecArray => match !== null && SOURCE.test(match[2]!))
    .map((match) => ({ object: match[1]!, file: match[2]! }));
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  const batch = git(["cat-file", "--batch"], blobs.map((blob) => blob.object).join("\n") + "\n");
  let offset = 0;
  for (const { file } of blobs) {
    const newline = batch.indexOf(0x0a, offset);
    const [, kind, size] = batch.toString("utf8", offset, newline).split(" ");
    offset = newline + 1;
    if (kind !== "blob") continue; // "<object> missing": a blob the snapshot left out
    const target = path.join(into, file);
    if (!target.startsWith(into + path.sep)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, batch.subarray(offset, offset + Number(size)));
    offset += Number(size) + 1;
  }
  writeFileSync(stamp, `${commit}\n`);
  return into;
}
