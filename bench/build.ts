// The benchmark measures what users run: JavaScript as `tsc` emits it, in plain Node. Under tsx every module is
// rewritten by esbuild with `keepNames`, which wraps each closure creation in a helper that redefines the
// function's `name` — a cost on the hot paths of rules and monitor that no published build has — and source maps
// are switched on, which makes every captured stack dearer. So src/, rules/ and bench/ are transpiled (TypeScript's
// own transpileModule: types erased, nothing else changed) into a temporary directory and run there.
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ts from "typescript";

const sourceDirs = ["src", "rules", "bench"];

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  esModuleInterop: true,
  isolatedModules: true,
  sourceMap: false,
};

/** Transpiles the measured code into `outDir`; returns the number of modules written. */
export async function transpileForBench(repoRoot: string, outDir: string): Promise<number> {
  let written = 0;
  for (const dir of sourceDirs) {
    const entries = await readdir(join(repoRoot, dir), { recursive: true });
    for (const entry of entries) {
      if (!entry.endsWith(".ts") || entry.endsWith(".d.ts")) continue;
      const source = await readFile(join(repoRoot, dir, entry), "utf8");
      const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: entry });
      const target = join(outDir, dir, entry.replace(/\.ts$/, ".js"));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, outputText);
      written++;
    }
  }
  // ESM like the repository, and the repository's dependencies resolved from beside the copy.
  await writeFile(join(outDir, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
  await symlink(join(repoRoot, "node_modules"), join(outDir, "node_modules"), "dir");
  return written;
}
