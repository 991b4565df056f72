// A deterministic sample of real `.js/.ts` files from the project's node_modules: code nobody wrote for this
// benchmark, to keep the generated modules honest. Files are chosen by a hash of their path (stable across runs),
// skipping minified bundles and files the parser rejects, which would measure nothing.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseForESLint } from "@typescript-eslint/parser";
import { hashString } from "./random.js";

export interface SampledFile {
  path: string;
  text: string;
  lines: number;
}

const extensions = /\.(?:js|mjs|cjs|ts|mts|cts)$/;
const skippedDirs = new Set([".bin", ".cache", "test", "tests", "__tests__", "fixtures", "dist-esm-min"]);

async function listCandidates(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name)) await walk(join(dir, entry.name));
      } else if (entry.isFile() && extensions.test(entry.name) && !/\.min\.[cm]?js$/.test(entry.name)) {
        found.push(join(dir, entry.name));
      }
    }
  };
  await walk(root);
  return found;
}

function parses(text: string, path: string): boolean {
  try {
    parseForESLint(text, { filePath: path, sourceType: "module", range: true, loc: true });
    return true;
  } catch {
    return false;
  }
}

/** Picks `count` parseable, unminified files of 1–40 kB from `nodeModules`, in a stable pseudo-random order. */
export async function sampleNodeModules(nodeModules: string, count: number): Promise<SampledFile[]> {
  const candidates = await listCandidates(nodeModules);
  const ordered = candidates
    .map((path) => ({ path, key: hashString(relative(nodeModules, path)) }))
    .sort((a, b) => a.key - b.key || (a.path < b.path ? -1 : 1));
  const sample: SampledFile[] = [];
  for (const { path } of ordered) {
    if (sample.length >= count) break;
    const size = (await stat(path)).size;
    if (size < 1_000 || size > 40_000) continue;
    const text = await readFile(path, "utf8");
    const lines = text.split("\n");
    if (lines.some((line) => line.length > 400)) continue;
    if (!parses(text, path)) continue;
    sample.push({ path, text, lines: lines.length });
  }
  return sample;
}
