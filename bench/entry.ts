// What every bench entry point does around its work: wait for a child bench process and take its exit code, and
// turn the entry's own promise into the process's exit code, printing a failure under the entry's name.
import type { ChildProcess } from "node:child_process";

/** The code `child` exits with: 130 when a signal ended it, 1 when neither is known. */
export function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise<number>((done, fail) => {
    child.on("error", fail);
    child.on("exit", (code, signal) => done(code ?? (signal ? 130 : 1)));
  });
}

/** Runs an entry point: the code it resolves to becomes the exit code; a failure is printed as `name: stack` and exits 1. */
export function runEntry(name: string, work: Promise<number | void>): void {
  work.then(
    (code) => {
      if (typeof code === "number") process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    },
  );
}
