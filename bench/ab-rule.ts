// `npm run bench:ab -- --base <rev>`: the rules of the work tree (head) against those of another revision (base), on
// the bench's lint corpus, in one Node process: both builds are transpiled as bench/build.ts does, each file is
// linted by both sides in turn (the order alternating from file to file and pass to pass), with ESLint's per-rule
// timing, and each rule's time is taken file by file — the minimum over the passes, which only other work on the
// machine and collections that start inside the rule can raise — summed over the files. The findings of both sides
// (messages, positions, suggestions and their edits) must be identical: a change meant to make a rule cheaper must
// not change what it reports, and the script fails if it does.
//
// The launcher (this file under tsx) builds both sides into a temporary directory and runs the measurement
// (ab-rule-child.ts, transpiled) in plain Node.
import { execFileSync, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { transpileForBench } from "./build.js";
import { repoRoot } from "./repo-root.js";
import { exitCodeOf, runEntry } from "./entry.js";

const usage = `usage: npm run bench:ab -- --base <rev> [options]

  --base <rev>     the revision to compare the work tree with (any git revision: main, HEAD~2, a commit)
  --passes <n>     timed passes over the corpus, each file linted by both sides in each (default 12)
  --quick          the quick bench corpus (80 generated, 40 node_modules files) instead of the full one
  --profile <dir>  write a CPU profile of the measurement there (node --cpu-prof; both sides in one profile,
                   told apart by their paths: .../base/... and .../head/...)
  --help           this text`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: "string" },
        passes: { type: "string", default: "12" },
        quick: { type: "boolean", default: false },
        profile: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`bench:ab: ${error instanceof Error ? error.message : String(error)}; see --help`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const passes = Number(values.passes);
  if (!values.base || !Number.isInteger(passes) || passes < 1) {
    console.error(`bench:ab: --base <rev> is required and --passes must be a positive integer, got ${JSON.stringify(values)}; see --help`);
    return 2;
  }
  let commit: string;
  try {
    commit = execFileSync("git", ["rev-parse", "--verify", `${values.base}^{commit}`], { cwd: repoRoot, encoding: "utf8" }).trim();
  } catch {
    console.error(`bench:ab: --base ${values.base} is not a revision of ${repoRoot}; give a branch, tag or commit`);
    return 2;
  }
  const root = await mkdtemp(join(tmpdir(), "poolguard-ab-"));
  try {
    // The base's sources, extracted from git, resolving the same node_modules as the work tree.
    const baseSource = join(root, "base-source");
    await mkdir(baseSource);
    const archive = execFileSync("git", ["archive", commit, "src", "rules", "bench"], { cwd: repoRoot, maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", baseSource], { input: archive });
    await symlink(join(repoRoot, "node_modules"), join(baseSource, "node_modules"), "dir");
    await transpileForBench(baseSource, join(root, "base"));
    await transpileForBench(repoRoot, join(root, "head"));
    process.stderr.write(`[ab] base ${values.base} (${commit.slice(0, 7)}) and the work tree transpiled into ${root}\n`);
    const options = { root, passes, quick: values.quick, baseLabel: `${values.base} (${commit.slice(0, 7)})` };
    const profile = values.profile ? ["--cpu-prof", `--cpu-prof-dir=${resolve(values.profile)}`] : [];
    const child = spawn(
      process.execPath,
      [...profile, "--expose-gc", join(root, "head", "bench", "ab-rule-child.js"), JSON.stringify(options)],
      { stdio: "inherit", env: { ...process.env, POOLGUARD_REPO_ROOT: repoRoot } },
    );
    return await exitCodeOf(child);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

runEntry("bench:ab", main(process.argv.slice(2)));
