// Files the rules read beside the linted one (tsconfig.json, a workspace's package.json or pnpm-workspace.yaml),
// each read once per version: its modification time and size, compared on disk at most once a RECHECK_MS (every
// import of every file asks), in caches of bounded size. path-aliases.ts and workspace-packages.ts share them.
import { statSync } from "node:fs";

const MAX_ENTRIES = 2000;
/** How long a file's version, or where a specifier led, is trusted before it is looked at on disk again. */
export const RECHECK_MS = 1000;

/** What was read from one version of a file. */
export interface FileVersion<T> {
  mtimeMs: number;
  size: number;
  /** When the file's version was last compared. */
  checkedAt: number;
  value: T;
}

/** Inserts into a cache map bounded to MAX_ENTRIES, dropping the oldest entry. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as K);
  return value;
}

/** The file's version (modification time and size), or null when it is not a readable file. */
export function fileStat(file: string): { mtimeMs: number; size: number } | null {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * What `read` made of the file's current version, kept in `cache`; `missing` when the file is not a readable file.
 * `read` is called again only when the file's modification time or size changed.
 */
export function readByVersion<T>(
  cache: Map<string, FileVersion<T>>,
  file: string,
  missing: T,
  read: (stat: { mtimeMs: number; size: number }) => T,
): T {
  const known = cache.get(file);
  const now = Date.now();
  if (known && now - known.checkedAt < RECHECK_MS) return known.value;
  const stat = fileStat(file);
  if (!stat) return missing;
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) {
    known.checkedAt = now;
    return known.value;
  }
  const value = read(stat);
  remember(cache, file, { mtimeMs: stat.mtimeMs, size: stat.size, checkedAt: now, value });
  return value;
}
