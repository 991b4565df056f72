// The lint corpus: the project's own fixtures, the generated service modules and a sample of real files from
// node_modules, all held in memory and linted under paths inside one temporary root (ESLint's cwd): the
// generated modules are real files there (the type-aware run needs them), the others are virtual paths, and no
// path has a node_modules segment (ESLint would ignore it).
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseForESLint } from "@typescript-eslint/parser";
import type { LintInput } from "../lint-pass.js";
import { repoRoot } from "../repo-root.js";
import { writeGeneratedProject, type GeneratedProject } from "./generate.js";
import { sampleNodeModules } from "./node-modules-sample.js";


export type Origin = "fixtures" | "generated" | "node_modules";

export interface CorpusFile extends LintInput {
  origin: Origin;
}

export interface OriginSummary {
  origin: Origin;
  files: number;
  lines: number;
  bytes: number;
}

export interface LintCorpus {
  files: CorpusFile[];
  generated: GeneratedProject;
  /** Acquisitions (`connect()` calls) written into the generated modules, and the functions around them. */
  generatedAcquisitions: number;
  generatedFunctions: number;
  summary: OriginSummary[];
}

const lintable = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

function parses(text: string, filePath: string): boolean {
  try {
    parseForESLint(text, { filePath, sourceType: "module", range: true, loc: true });
    return true;
  } catch {
    return false;
  }
}

/** Every parseable source file under fixtures/ (some fixtures may be deliberately broken; those measure nothing). */
async function loadFixtures(): Promise<CorpusFile[]> {
  const root = join(repoRoot, "fixtures");
  let entries: string[];
  try {
    entries = await readdir(root, { recursive: true });
  } catch {
    return [];
  }
  const files: CorpusFile[] = [];
  for (const entry of entries.sort()) {
    if (!lintable.test(entry) || entry.split(sep).includes("node_modules")) continue;
    const filePath = join(root, entry);
    const text = await readFile(filePath, "utf8").catch(() => undefined);
    if (text === undefined || !parses(text, filePath)) continue;
    files.push({ filePath, text, lines: text.split("\n").length, origin: "fixtures" });
  }
  return files;
}

export interface CorpusOptions {
  /** Temporary directory the corpus is written to and linted in. */
  root: string;
  generatedFiles: number;
  nodeModulesFiles: number;
}

export async function buildLintCorpus(options: CorpusOptions): Promise<LintCorpus> {
  const generated = await writeGeneratedProject(options.root, options.generatedFiles);
  const nodeModules = join(repoRoot, "node_modules");
  const sampled = await sampleNodeModules(nodeModules, options.nodeModulesFiles);
  const files: CorpusFile[] = [
    ...(await loadFixtures()).map((file) => ({
      ...file,
      filePath: join(options.root, "fixtures", relative(join(repoRoot, "fixtures"), file.filePath)),
    })),
    ...generated.files.map((file) => ({
      filePath: file.path,
      text: file.text,
      lines: file.lines,
      origin: "generated" as const,
    })),
    ...sampled.map((file) => ({
      filePath: join(options.root, "nm", relative(nodeModules, file.path)),
      text: file.text,
      lines: file.lines,
      origin: "node_modules" as const,
    })),
  ];
  for (const file of files) file.filePath = file.filePath.split(`${sep}node_modules${sep}`).join(`${sep}nm${sep}`);
  const summary = (["fixtures", "generated", "node_modules"] as const).map((origin) => {
    const of = files.filter((file) => file.origin === origin);
    return {
      origin,
      files: of.length,
      lines: of.reduce((sum, file) => sum + file.lines, 0),
      bytes: of.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
    };
  });
  return {
    files,
    generated,
    generatedAcquisitions: generated.files.reduce((sum, file) => sum + file.stats.acquisitions, 0),
    generatedFunctions: generated.files.reduce((sum, file) => sum + file.stats.functions, 0),
    summary,
  };
}
