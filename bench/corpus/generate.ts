// Writes the generated part of the lint corpus to disk: service modules of varied length in a small TypeScript
// project (with a tsconfig, so the type-aware benchmark can lint the same files with type information), and the
// single large files of the scaling benchmark. Everything lands in a temporary directory outside the repository
// (the project's own typecheck and lint must not pick the generated code up), rewritten on every run.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
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
      // pg's types only: an alias to declarations is no module of the project for the rules (module-pools.ts).
      paths: { pg: [join(repoTypes, "pg")] },
    },
    include: ["*.ts"],
  };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2) + "\n");
  await writeRuntimePackage(dir);
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

/**
 * `poolguard/runtime` installed as a user's project has it: a package under node_modules whose `exports` map names
 * a declaration file, so the rules read the import as a package's (a `paths` alias to the repository's sources would
 * make it a module of the project, and every generated file would take the imported-module readings no user's file
 * takes for this import). The declarations re-export the repository's src/runtime/index.ts, so the type-aware run
 * sees withClient's real types without a build. Real files, not a symlink into the repository.
 */
async function writeRuntimePackage(projectDir: string): Promise<void> {
  const packageDir = join(projectDir, "node_modules", "poolguard");
  await mkdir(packageDir, { recursive: true });
  const manifest = { name: "poolguard", type: "module", exports: { "./runtime": { types: "./runtime.d.ts" } } };
  await writeFile(join(packageDir, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  const source = relative(packageDir, join(repoRoot, "src", "runtime", "index.js")).split(sep).join("/");
  await writeFile(join(packageDir, "runtime.d.ts"), `export * from "${source}";\n`);
}

/** The files of one size in the scaling benchmark: linted together, they make one measurement. */
export interface ScalingSize {
  lines: number;
  files: GeneratedFile[];
}

/**
 * For each requested size, as many files of that size (each from its own seed) as make about
 * `linesPerMeasurement` lines, at least one: 20 files of 1k lines, 2 of 10k, 1 of 50k for 20k lines. Every file has
 * the same acquisition density, but which kinds of acquisition a file holds is drawn, and a 1k-line file holds only
 * five: one file's mix would make its cost per line (which differs by ±25 % from seed to seed at 1k lines) stand for
 * the size. Many different small files bring every size's mix close to the same one, so what differs is the size.
 */
export async function writeScalingFiles(
  root: string,
  sizes: readonly number[],
  linesPerMeasurement: number,
  seed = 50,
): Promise<ScalingSize[]> {
  const dir = join(root, "scaling");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const result: ScalingSize[] = [];
  for (const lines of sizes) {
    const count = Math.max(1, Math.round(linesPerMeasurement / lines));
    const files: GeneratedFile[] = [];
    for (let index = 0; index < count; index++) {
      const { text, stats } = generatePoolCode(lines, { seed: seed + index, acquireRate });
      const path = join(dir, `lines-${lines}-${String(index).padStart(2, "0")}.ts`);
      await writeFile(path, text);
      files.push({ path, text, lines, stats });
    }
    result.push({ lines, files });
  }
  return result;
}
