// The micro-benchmark (runtime-micro.ts) in a Node process of its own, whose live heap is a host application's of a
// stated size (live-heap.ts), not what the run before it left: the stack-capturing settings cost more in a bigger
// heap (docs/benchmarks.md, "The heap the micro-benchmark is taken in"), and a full run's process carried ~180 MiB of
// the lint part's when it ran in it, so its figure said nothing of where it was taken.
//
// Run as a child by measureMicroInProcess: `node runtime-micro-process.js <options JSON>`; it prints its MicroResult
// as one JSON line on stdout and its progress on stderr.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { collectGarbage } from "./gc.js";
import { growLiveHeap } from "./live-heap.js";
import { measureMicro, type MicroResult } from "./runtime-micro.js";

export interface MicroProcessOptions {
  databaseUrl: string;
  rounds: number;
  opsPerWindow: number;
  /** The host application's live data grown in the process before anything is timed, MiB. */
  hostHeapMiB: number;
}

/** Set in the child: a child never spawns another (a process started with `-e` would otherwise run its code again). */
const CHILD_ENV = "POOLGUARD_MICRO_CHILD";

/** The parent's Node flags (--expose-gc, --cpu-prof, tsx's loader), less an `-e`/`-p` and its code. */
export function childFlags(execArgv: readonly string[]): string[] {
  const flags: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!;
    if (["-e", "--eval", "-p", "--print"].includes(flag)) i++;
    else if (!/^--(eval|print)=/.test(flag)) flags.push(flag);
  }
  return flags;
}

export async function measureMicroInProcess(
  options: MicroProcessOptions,
  progress: (line: string) => void,
): Promise<MicroResult> {
  if (process.env[CHILD_ENV]) throw new Error("runtime-micro process: already in one, refusing to start another");
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...childFlags(process.execArgv), script, JSON.stringify(options)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, [CHILD_ENV]: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const line of chunk.split("\n")) if (line.trim()) progress(line.trim());
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    // "close", not "exit": by then stdout has been read to its end.
    child.on("close", (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1)));
  });
  const last = stdout.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !last.startsWith("{")) {
    throw new Error(`runtime-micro process exited with ${code}: ${stderr.trim().split("\n").slice(-3).join(" / ")}`);
  }
  return JSON.parse(last) as MicroResult;
}

async function child(options: MicroProcessOptions): Promise<void> {
  const hostHeapMiB = growLiveHeap(options.hostHeapMiB, collectGarbage);
  const measured = await measureMicro({
    databaseUrl: options.databaseUrl,
    rounds: options.rounds,
    opsPerWindow: options.opsPerWindow,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  const result: MicroResult = { ...measured, hostHeapMiB };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  child(JSON.parse(process.argv[2] ?? "{}") as MicroProcessOptions).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
