// The application blocks its own event loop (a CPU-bound handler, a synchronous call) while clients are out and a
// readiness round trip is in flight. Nothing can be released, answered or timed while it is blocked: when it comes
// back, the timers run before the I/O that arrived meanwhile. The monitor must not take the answers waiting in the
// sockets for a database that does not answer, nor report as leaked a client whose release was only waiting for them.
import { spawn } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type LeakEvent } from "../../src/runtime/index.js";
import { RecordingLogger, stallSaid } from "./monitor-logs.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The application's CPU-bound work: the event loop runs nothing else for `ms`. */
function blockEventLoop(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

/** One turn of the event loop: its I/O phase and the immediates queued before. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function setup(options: { max: number; leakDetectionMs?: number }) {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: options.max });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({
    logger,
    leakDetectionMs: options.leakDetectionMs,
    captureStacks: "always",
    readinessTimeoutMs: 300,
    readinessCacheMs: 0,
  })
    .watch(pool, { name: "main" })
    .start();
  const leaks: LeakEvent[] = [];
  monitor.on("leak", (event: LeakEvent) => leaks.push(event));
  cleanups.push(
    () => Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]),
    () => monitor.stop(),
  );
  return { pool, logger, monitor, leaks };
}

describe("an event loop blocked by the application", () => {
  it("reports no leak for a client whose release only waited for the loop: the answer had come", async () => {
    const { pool, logger, leaks } = setup({ max: 2, leakDetectionMs: 200 });
    const client = await pool.connect();
    const released = client.query("SELECT 1").then(() => client.release());
    blockEventLoop(1500);
    await released;
    await nextTurn();
    expect(leaks).toEqual([]);
    expect(logger.lines.filter((line) => line.message.startsWith("Possible connection leak"))).toEqual([]);
  });

  it("nor when the block starts in the I/O of the turn whose timer the detector took (found in the drill)", async () => {
    const { pool, logger, leaks } = setup({ max: 3, leakDetectionMs: 1000 });
    // The detector's timer comes due at 1000 ms for a checkout long given back; `held` comes due at 1800 ms.
    (await pool.connect()).release();
    await new Promise((resolve) => setTimeout(resolve, 800));
    const held = await pool.connect();
    const other = await pool.connect();
    const released = await new Promise<Promise<void>>((resolve) => {
      // At the end of a turn, busy past 1000 ms while the answer to `other`'s query arrives: the next turn fires the
      // detector's timer, then reads that answer, and the application's CPU-bound work starts in that read.
      setTimeout(() => {
        setImmediate(() => {
          void other.query("SELECT 1").then(() => {
            other.release();
            const release = held.query("SELECT 1").then(() => held.release());
            blockEventLoop(1500);
            resolve(release);
          });
          blockEventLoop(250);
        });
      }, 100);
    });
    await released;
    await nextTurn();
    expect(leaks).toEqual([]);
    expect(logger.lines.filter((line) => line.message.startsWith("Possible connection leak"))).toEqual([]);
  });

  it("reports a client still held after the block, saying how long of its hold the loop was blocked", async () => {
    const { pool, logger, monitor } = setup({ max: 2, leakDetectionMs: 200 });
    const client = await pool.connect();
    const reported = once(monitor, "leak");
    const blockedFrom = performance.now();
    blockEventLoop(1500);
    const [held] = (await reported) as [LeakEvent];
    const blockedFor = performance.now() - blockedFrom;
    client.release();
    expect(held.phase).toBe("held");
    // It came due 200 ms into the block: at least the rest of the block passed before anything could run.
    expect(held.loopBlockedMs).toBeGreaterThanOrEqual(1000);
    expect(held.loopBlockedMs).toBeLessThanOrEqual(blockedFor);
    // The CPU it used meanwhile is at most what the process had, and the line says what was measured: on a machine
    // whose other processes took the cores, a busy loop gets less than half of them and is said to be kept off them.
    expect(held.loopCpuMs).toBeGreaterThan(0);
    const line = logger.lines.find((entry) => entry.message.startsWith("Possible connection leak"))!.message.split("\n")[0];
    expect(line).toBe(
      `Possible connection leak in pool 'main': a client acquired at ${held.site} (${held.fn}) has been held for ` +
        `${Math.round(held.heldMs)} ms (leakDetectionMs 200)${stallSaid(held)}; release it in a \`finally\` or use \`withClient\``,
    );
    expect(stallSaid(held)).not.toBe("");
  });

  it("a process kept off the CPU (stopped, as a starved one is) is not said to have blocked its loop itself", async () => {
    // A process of its own, stopped with SIGSTOP from its first line after the checkout until the parent continues
    // it: its timer fires late although it ran nothing, and its CPU time says so.
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `import pg from "pg";
import { PoolMonitor } from "./src/runtime/index.ts";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
const lines = [];
const monitor = new PoolMonitor({ logger: { info() {}, warn: (line) => lines.push(line) }, leakDetectionMs: 300, captureStacks: "always" })
  .watch(pool, { name: "main" }).start();
const client = await pool.connect();
monitor.once("leak", async (event) => {
  client.release();
  console.log(JSON.stringify({ event, line: lines[0].split("\\n")[0] }));
  monitor.stop();
  await pool.end();
});
process.stdout.write("stopping\\n", () => process.kill(process.pid, "SIGSTOP"));
`,
      ],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: inject("databaseUrl") }, stdio: ["ignore", "pipe", "inherit"] },
    );
    cleanups.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve) => child.stdout.on("data", () => output.includes("stopping") && resolve()));
    // The length of the stop is what is tested: the child is stopped meanwhile, there is no event to await.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill("SIGCONT");
    const [exitCode] = (await once(child, "exit")) as [number | null];
    expect(exitCode).toBe(0);
    const { event, line } = JSON.parse(output.slice(output.indexOf("{"))) as { event: LeakEvent; line: string };
    expect(event.loopBlockedMs).toBeGreaterThanOrEqual(1000);
    expect(event.loopCpuMs).toBeLessThan(event.loopBlockedMs / 2);
    expect(line).toContain(
      `, at least ${event.loopBlockedMs} ms of it with the event loop stalled while this process used ${event.loopCpuMs} ms of CPU ` +
        "(kept off the cores by other processes, or waiting in a synchronous call; nothing could release it);",
    );
    expect(line).not.toContain("blocked");
  });

  it("a client held across no block carries loopBlockedMs 0 and the usual wording", async () => {
    const { pool, logger, monitor } = setup({ max: 2, leakDetectionMs: 50 });
    const client = await pool.connect();
    const [held] = (await once(monitor, "leak")) as [LeakEvent];
    client.release();
    expect(held.loopBlockedMs).toBe(0);
    const line = logger.lines.find((entry) => entry.message.startsWith("Possible connection leak"))!.message.split("\n")[0];
    expect(line).toMatch(/has been held for \d+ ms \(leakDetectionMs 50\); release it in a `finally` or use `withClient`$/);
  });

  it("readiness borrowing an idle client: the answer that arrived during the block is ready, not a timeout", async () => {
    const { pool, monitor } = setup({ max: 2 });
    (await pool.connect()).release();
    const answer = monitor.readiness();
    blockEventLoop(1200);
    const result = await answer;
    expect(result.status).toBe("ok");
    expect(monitor.stats()[0]).toMatchObject({ connectionErrors: {}, totalCount: 1, idleCount: 1 });
  });

  it("readiness: an answer that arrives while an I/O callback after its timer blocks the loop is read, not timed out", async () => {
    // The same-turn re-check: the probe's timer fires on time with no answer yet, then an I/O callback of the same
    // turn blocks the loop while the answer arrives. That answer is read only in the next turn's I/O, after the
    // immediate the timer queued: without looking again at how long the loop was blocked, it would time out.
    const { pool, monitor } = setup({ max: 1 });
    const client = await pool.connect();
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    client.release();
    const backend = rows[0]!.pid;
    // A socket pair of the test's own: data written to it in the timers phase is read in the same turn's I/O phase.
    const server = net.createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const accepted = once(server, "connection");
    const sender = net.connect((server.address() as net.AddressInfo).port, "127.0.0.1");
    const [receiver] = (await accepted) as [net.Socket];
    await once(sender, "connect");
    cleanups.push(() => {
      sender.destroy();
      receiver.destroy();
      server.close();
    });
    // The borrowed connection's server process, stopped: the probe's query gets no answer until it continues.
    const resume = () => void process.kill(backend, "SIGCONT");
    process.kill(backend, "SIGSTOP");
    cleanups.push(resume);
    receiver.on("data", () => {
      resume();
      // Longer than the re-check's bound (half of readinessTimeoutMs 300): the answer arrives meanwhile.
      blockEventLoop(600);
    });
    const started = performance.now();
    const answer = monitor.readiness();
    // Both timers come due during one block, so they run in one timers phase, the probe's first (not late: 60 ms
    // past its deadline is under the bound), and the write makes the I/O callback above run in that turn.
    setTimeout(() => sender.write("x"), 320);
    setImmediate(() => blockEventLoop(started + 360 - performance.now()));
    const result = await answer;
    expect(result.status).toBe("ok");
    expect(monitor.stats()[0]!.connectionErrors).toEqual({});
  });

  it("readiness on a connection of its own (the pool exhausted): the round trip gets its time after the block", async () => {
    const { pool, monitor } = setup({ max: 1 });
    const held = await pool.connect();
    const answer = monitor.readiness();
    // Longer than the bound and a second more: no timer of pg's own may fail the connect either.
    blockEventLoop(1600);
    const result = await answer;
    held.release();
    expect(result.status).toBe("ok");
    expect(monitor.stats()[0]!.connectionErrors).toEqual({});
  });
});
