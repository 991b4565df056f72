// `npm run bench:per-file`: where the rules' time goes file by file. The work tree is transpiled as bench/build.ts
// does and measured in plain Node (per-file-child.ts): every file of the bench corpus linted by `configs.recommended`
// with ESLint's per-rule timing, the files in a new (seeded) order each pass, each rule's time the file's minimum over
// the passes; then one lint of each file under V8's precise coverage counts what the analysis did there. Prints the
// dearest files for `no-leaked-client` and the time by what the files hold; writes every file's figures as JSON.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { transpileForBench } from "./build.js";
import { repoRoot } from "./repo-root.js";
import { exitCodeOf, runEntry } from "./entry.js";

const usage = `usage: npm run bench:per-file -- [options]

  --passes <n>     timed passes over the corpus (default 20)
  --top <n>        how many of the dearest files to list (default 20)
  --out <file>     where to write every file's figures as JSON (default per-file.json in the temporary directory, removed)
  --fixed-order    lint the files in the same order every pass, as bench:ab does
  --help           this text`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        passes: { type: "string", default: "20" },
        top: { type: "string", default: "20" },
        out: { type: "string" },
        "fixed-order": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`bench:per-file: ${error instanceof Error ? error.message : String(error)}; see --help`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [passes, top] = [Number(values.passes), Number(values.top)];
  if (!Number.isInteger(passes) || passes < 1 || !Number.isInteger(top) || top < 1) {
    console.error(`bench:per-file: --passes and --top must be positive integers, got ${JSON.stringify(values)}; see --help`);
    return 2;
  }
  const root = await mkdtemp(join(tmpdir(), "poolguard-per-file-"));
  try {
    await transpileForBench(repoRoot, root);
    const out = values.out ? resolve(values.out) : join(root, "per-file.json");
    const options = { root, passes, top, out, fixedOrder: values["fixed-order"] };
    const child = spawn(process.execPath, ["--expose-gc", join(root, "bench", "per-file-child.js"), JSON.stringify(options)], {
      stdio: "inherit",
      env: { ...process.env, POOLGUARD_REPO_ROOT: repoRoot },
    });
    return await exitCodeOf(child);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

runEntry("bench:per-file", main(process.argv.slice(2)));
