// `npm run demo` end to end, as a newcomer runs it (a child process, shortened waves): the linter and the monitor
// name the same acquiring line, the leaky stress is judged a leak and the fixed one healthy, and nothing it
// started survives it — neither after a normal run nor after Ctrl-C.
import { spawn, execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/demo.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A temporary directory of the test's own, handed to the demo as TMPDIR: what the demo leaves behind (its directory,
 * the embedded server's data, a server still running from there) shows up here and not among other runs' files.
 */
const tmpRoots: string[] = [];
afterEach(() => {
  for (const dir of tmpRoots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tmpRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), "poolguard-demo-test-"));
  tmpRoots.push(dir);
  // As root, initdb runs as the "postgres" user, which must be able to traverse into it.
  chmodSync(dir, 0o755);
  return dir;
}

/** What the demo left in `dir` (tsx's compile cache is off in the tests: TSX_DISABLE_CACHE in vitest.config.ts). */
function leftovers(dir: string): string[] {
  return readdirSync(dir);
}

/** Processes whose command line names `dir`: an embedded PostgreSQL the demo started there. */
function processesUnder(dir: string): string[] {
  try {
    return execFileSync("pgrep", ["-af", dir], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** The line of the `pool.connect()` in orderSummaryLeaky, read from the source rather than written down here. */
function leakyAcquireLine(): number {
  const lines = readFileSync(join(root, "fixtures", "demo-app", "orders.ts"), "utf8").split("\n");
  const start = lines.findIndex((l) => l.includes("function orderSummaryLeaky("));
  const offset = lines.slice(start).findIndex((l) => l.includes("pool.connect()"));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(offset).toBeGreaterThan(0);
  return start + offset + 1;
}

interface Run {
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  pid: number;
  waitFor(text: string): Promise<void>;
}

function startDemo(args: string[], options: { tmp: string; detached?: boolean }): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/index.ts", "demo", ...args], {
    cwd: root,
    env: { ...process.env, TMPDIR: options.tmp },
    detached: options.detached ?? false,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const watchers: { text: string; resolve: () => void }[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of watchers.splice(0)) (out.includes(w.text) ? w.resolve : () => watchers.push(w))();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
  return {
    stdout: () => out,
    exited: exited.then((result) => {
      if (err.trim()) console.error(`demo stderr:\n${err}`);
      return result;
    }),
    pid: child.pid!,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        if (out.includes(text)) return resolve();
        watchers.push({ text, resolve });
        void exited.then(() => reject(new Error(`the demo exited before printing "${text}":\n${out}`)));
      }),
  };
}

describe("npm run demo", () => {
  it("shows the leak caught by the linter and by the monitor on the same line, and the fix healthy", { timeout: 180_000 }, async () => {
    const tmp = tmpRoot();
    const demo = startDemo(["--json", "--waves", "2", "--delay", "300"], { tmp });
    const { code } = await demo.exited;
    const stdout = demo.stdout();
    expect(code, stdout).toBe(0);
    const lines = stdout.trim().split("\n");
    const result = JSON.parse(lines.at(-1)!);
    const line = leakyAcquireLine();
    expect(result.static).toContainEqual({ file: "fixtures/demo-app/orders.ts", line, rule: "poolguard/no-leaked-client" });
    expect(result.live).toEqual([{ file: "fixtures/demo-app/orders.ts", line }]);
    expect(result.stress.leaky.verdict).toBe("leak suspected");
    // The pool ran dry: requests waited for a client and failed after connectionTimeoutMillis (500s from the app).
    expect(result.stress.leaky.failures["500"]).toBeGreaterThan(0);
    expect(result.stress.leaky.evidence).toContainEqual(expect.stringMatching(/^pool 'main': clients waiting for a connection/));
    expect(result.stress.fixed).toMatchObject({ verdict: "healthy", failed: 0 });

    // What the newcomer reads: the finding, /readyz with the listen pool's 9 held connections, the leak report.
    expect(stdout).toContain(`   fixtures/demo-app/orders.ts:${line}:`);
    const readyz = JSON.parse(lines[lines.findIndex((l) => l.includes("/readyz → 200")) + 1]);
    expect(readyz.pools).toContainEqual({ poolName: "listen", totalCount: 9, idleCount: 0, waitingCount: 0, utilizationPercent: 75 });
    expect(stdout).toContain("the listen pool is held by its 9 LISTEN handlers by design: no warning");
    expect(stdout).toMatch(new RegExp(`monitor: possible leak in pool 'main' — a client held \\d+ ms, acquired at fixtures/demo-app/orders.ts:${line}:\\d+ \\(orderSummaryLeaky\\)`));
    expect(stdout).toContain(`the linter and the monitor name the same line: fixtures/demo-app/orders.ts:${line}`);

    expect(leftovers(tmp)).toEqual([]);
    expect(processesUnder(tmp)).toEqual([]);
  });

  it("stops the app and the database and removes its files on Ctrl-C", { timeout: 180_000 }, async () => {
    const tmp = tmpRoot();
    // Its own process group, so the SIGINT reaches the demo and the PostgreSQL it started, as Ctrl-C does.
    const demo = startDemo(["--waves", "2", "--delay", "300"], { tmp, detached: true });
    await demo.waitFor("wave 1/");
    process.kill(-demo.pid, "SIGINT");
    const { code } = await demo.exited;
    expect(code).toBe(130);
    expect(demo.stdout()).toContain("SIGINT: stopping the demo app and the database…");
    expect(leftovers(tmp)).toEqual([]);
    expect(processesUnder(tmp)).toEqual([]);
  });

  it("removes the database files at once on a second Ctrl-C during the stop", { timeout: 180_000 }, async () => {
    const tmp = tmpRoot();
    const demo = startDemo(["--waves", "2", "--delay", "300"], { tmp, detached: true });
    await demo.waitFor("wave 1/");
    process.kill(-demo.pid, "SIGINT");
    await demo.waitFor("SIGINT: stopping the demo app and the database…");
    process.kill(-demo.pid, "SIGINT");
    const { code } = await demo.exited;
    expect(code).toBe(130);
    expect(demo.stdout()).toContain("SIGINT again: removing the database files without waiting…");
    expect(leftovers(tmp)).toEqual([]);
    // The server got the user's Ctrl-C too and may still be finishing its exit: give it a bounded moment.
    const deadline = Date.now() + 10_000;
    while (processesUnder(tmp).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(processesUnder(tmp)).toEqual([]);
  });

  it.each([
    [["--waves", "many"], 'poolguard demo: --waves must be a positive integer, got "many"'],
    [["--verbose"], `poolguard demo: unknown option "--verbose"; run "poolguard demo --help" for the options`],
  ])("rejects %j with exit code 2", async (argv, message) => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (text: string) => errors.push(text);
    try {
      expect(await run(argv)).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([message]);
  });
});
