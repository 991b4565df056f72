// `npm run bench`: transpiles the measured code (see build.ts) into a temporary directory and runs the
// measurements there in plain Node, so that what is timed is what users run, not tsx's rewrite of it.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { transpileForBench } from "./build.js";
import { parseBenchOptions, usage, UsageError } from "./options.js";
import { checkReportFile, ReportFileError } from "./report-file.js";
import { repoRoot } from "./repo-root.js";
import { exitCodeOf, runEntry } from "./entry.js";

async function launch(argv: string[]): Promise<number> {
  // Flags are checked here too, so a typo fails at once instead of after the build.
  let options;
  try {
    options = parseBenchOptions(argv, join(repoRoot, "docs", "benchmarks.md"));
    if (options === "help") {
      console.log(usage);
      return 0;
    }
    if (options.out) await checkReportFile(options.out);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ReportFileError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const root = await mkdtemp(join(tmpdir(), "poolguard-bench-"));
  try {
    const modules = await transpileForBench(repoRoot, join(root, "build"));
    process.stderr.write(`[bench] transpiled ${modules} modules of src/, rules/ and bench/ into ${root}/build\n`);
    const profile = options.profile ? ["--cpu-prof", `--cpu-prof-dir=${resolve(options.profile)}`] : [];
    const child = spawn(process.execPath, [...profile, "--expose-gc", join(root, "build", "bench", "main.js"), ...argv], {
      stdio: "inherit",
      env: { ...process.env, POOLGUARD_REPO_ROOT: repoRoot, POOLGUARD_BENCH_TMP: root },
    });
    // Passed on, so that an interrupted run still ends the child (and its PostgreSQL) before the cleanup.
    const onSignal = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const code = await exitCodeOf(child);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    return code;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

runEntry("bench", launch(process.argv.slice(2)));
