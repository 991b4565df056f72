// Writes the generated part of the lint corpus to disk: service modules of varied length in a small TypeScript
// project (with a tsconfig, so the type-aware benchmark can lint the same files with type information), and the
// single large files of the scaling benchmark. Everything lands in a temporary directory outside the repository
// (the project's own typecheck and lint must not pick the generated code up), rewritten on every run.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generatePoolCode, type PoolCodeStats } from "./pool-code.js";
import { repoRoot } from "../repo-root.js";
import { createRandom } from "./random.js";

const repoTypes = join(repoRoot, "node_modules", "@types");

/** Share of functions that acquire a client, in the modules and in the scaling files alike. */
export const acquireRate = 0.04;

export interface GeneratedFile {
  path: string;
  text: string;
  lines: number;
  stats: PoolCodeStats;
}

export interface GeneratedProject {
  /** Directory holding tsconfig.json and the modules. */
  dir: string;
  files: GeneratedFile[];
}

/** `count` modules of 60–240 lines each (a typical service file), deterministic for the seed. */
export async function writeGeneratedProject(root: string, count: number, seed = 6): Promise<GeneratedProject> {
  const dir = join(root, "generated");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      // The project lives outside the repository: types and modules are resolved from the repository's own.
      typeRoots: [repoTypes],
      types: ["node"],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      paths: {
        pg: [join(repoTypes, "pg")],
        "poolguard/runtime": [join(repoRoot, "src", "runtime", "index.ts")],
      },
    },
    include: ["*.ts"],
  };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2) + "\n");
  const sizes = createRandom(seed);
  const files: GeneratedFile[] = [];
  for (let index = 0; index < count; index++) {
    const lines = sizes.int(60, 240);
    const { text, stats } = generatePoolCode(lines, { seed: seed * 100_003 + index, acquireRate });
    const path = join(dir, `service-${String(index).padStart(3, "0")}.ts`);
    await writeFile(path, text);
    files.push({ path, text, lines, stats });
  }
  return { dir, files };
}

/** One file per requested size, with acquisitions in proportion to its length (same generator, same density). */
export async function writeScalingFiles(root: string, sizes: readonly number[], seed = 50): Promise<GeneratedFile[]> {
  const dir = join(root, "scaling");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files: GeneratedFile[] = [];
  for (const lines of sizes) {
    const { text, stats } = generatePoolCode(lines, { seed, acquireRate });
    const path = join(dir, `lines-${lines}.ts`);
    await writeFile(path, text);
    files.push({ path, text, lines, stats });
  }
  return files;
}
