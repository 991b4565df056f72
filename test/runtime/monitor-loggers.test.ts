// pino, winston and console as the monitor's logger: their own output carries the seed's lines at the right level.
import { Console } from "node:console";
import { PassThrough } from "node:stream";
import pg from "pg";
import pino from "pino";
import { afterEach, describe, expect, inject, it } from "vitest";
import winston from "winston";
import { PoolMonitor, type MonitorLogger } from "../../src/runtime/index.js";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A stream that collects what a logger writes and resolves once `pattern` appears. */
function capture() {
  const stream = new PassThrough();
  let text = "";
  const listeners: Array<() => void> = [];
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const listener of listeners) listener();
  });
  return {
    stream,
    get text() {
      return text;
    },
    async until(pattern: RegExp): Promise<string> {
      if (pattern.test(text)) return text;
      await new Promise<void>((resolve) => listeners.push(() => pattern.test(text) && resolve()));
      return text;
    },
  };
}

/** Drives one pool through the seed's three states; each logger is only asked for what it printed. */
async function runSeedScenario(logger: MonitorLogger, waitFor: (pattern: RegExp) => Promise<unknown>): Promise<void> {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 10 });
  const monitor = new PoolMonitor({ logger, intervalMs: 1000, siteSampleRate: 0 }).watch(pool, { name: "main" }).start();
  cleanups.push(() => pool.end(), () => monitor.stop());
  const clients = await Promise.all(Array.from({ length: 10 }, () => pool.connect()));
  const waiter = pool.connect();
  await waitFor(/Pool 'main' has 1 waiting client\(s\)/);
  clients.pop()!.release();
  (await waiter).release();
  await waitFor(/Pool 'main' utilization at 90%/);
  for (const client of clients.splice(0, 7)) client.release();
  await waitFor(/Pool 'main': 20% utilized \(2\/10 active, 8 idle, 0 waiting\)/);
  for (const client of clients) client.release();
}

describe("loggers", () => {
  it("pino: warn (40) for waiting and utilization, info (30) for the healthy line", async () => {
    const out = capture();
    const logger = pino({ base: undefined, timestamp: false }, out.stream);
    await runSeedScenario(logger, (pattern) => out.until(pattern));
    const records = out.text.trim().split("\n").map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(records).toContainEqual({ level: 40, msg: "Pool 'main' has 1 waiting client(s)" });
    expect(records).toContainEqual({ level: 40, msg: "Pool 'main' utilization at 90%" });
    expect(records).toContainEqual({ level: 30, msg: "Pool 'main': 20% utilized (2/10 active, 8 idle, 0 waiting)" });
  });

  it("winston: the same lines at warn and info", async () => {
    const out = capture();
    const logger = winston.createLogger({
      level: "info",
      format: winston.format.json(),
      transports: [new winston.transports.Stream({ stream: out.stream })],
    });
    cleanups.push(() => {
      logger.close();
    });
    await runSeedScenario(logger, (pattern) => out.until(pattern));
    const records = out.text.trim().split("\n").map((line) => JSON.parse(line) as { level: string; message: string });
    expect(records).toContainEqual({ level: "warn", message: "Pool 'main' has 1 waiting client(s)" });
    expect(records).toContainEqual({ level: "warn", message: "Pool 'main' utilization at 90%" });
    expect(records).toContainEqual({ level: "info", message: "Pool 'main': 20% utilized (2/10 active, 8 idle, 0 waiting)" });
  });

  it("console: warnings on stderr, the healthy line on stdout", async () => {
    const stdout = capture();
    const stderr = capture();
    const logger = new Console({ stdout: stdout.stream, stderr: stderr.stream });
    await runSeedScenario(logger, (pattern) => Promise.race([stdout.until(pattern), stderr.until(pattern)]));
    expect(stderr.text.split("\n")).toContain("Pool 'main' has 1 waiting client(s)");
    expect(stderr.text.split("\n")).toContain("Pool 'main' utilization at 90%");
    expect(stdout.text.split("\n")).toContain("Pool 'main': 20% utilized (2/10 active, 8 idle, 0 waiting)");
    expect(stdout.text).not.toContain("utilization at");
  });
});
