// `poolguard stress` against real HTTP servers on 127.0.0.1: a healthy pg-backed app, one that leaks a client per
// request, a server whose /readyz refuses us (403), one that fails requests, and a port nobody listens on.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { run } from "../../src/cli/stress.js";
import { opsHandler, PoolMonitor, withClient } from "../../src/runtime/index.js";
import { Capture } from "./stress-capture.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(handler: Handler): Promise<string> {
  const server: Server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** The seed's /readyz body, computed from a real pg pool's counters. */
function readyzOf(name: string, pool: pg.Pool, max: number) {
  const timestamp = new Date().toISOString();
  const entry = {
    poolName: name,
    totalCount: pool.totalCount,
    idleCount: pool.idleCount,
    waitingCount: pool.waitingCount,
    utilizationPercent: Math.round((100 * (pool.totalCount - pool.idleCount)) / max),
    timestamp,
  };
  return { status: pool.waitingCount > 0 ? "degraded" : "ok", timestamp, pools: [entry] };
}

/** A real pool on the test database; clients still checked out at the end are destroyed so the pool can end. */
function realPool(max: number, connectionTimeoutMillis: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max, connectionTimeoutMillis });
  const held = new Set<pg.PoolClient>();
  pool.on("acquire", (client) => held.add(client));
  pool.on("release", (_err, client) => held.delete(client));
  cleanups.push(async () => {
    for (const client of held) client.release(true);
    await pool.end();
  });
  return pool;
}

async function stress(argv: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe("poolguard stress", () => {
  it("reports a pg-backed service that releases its clients as healthy, with the pools after every wave", async () => {
    const pool = realPool(10, 2000);
    const baseUrl = await serve(async (req, res) => {
      if (req.url?.startsWith("/readyz")) return json(res, 200, readyzOf("main", pool, 10));
      const client = await pool.connect();
      try {
        const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity");
        json(res, 200, rows[0]);
      } finally {
        client.release();
      }
    });
    const result = await stress(["--base-url", baseUrl, "--endpoint", "/items", "--requests", "8", "--waves", "3", "--delay", "50"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe(`poolguard stress: 3 wave(s) of 8 concurrent GET ${baseUrl}/items, 50 ms apart`);
    expect(lines[1]).toBe('initial pool health (/readyz 200, status "ok"):');
    expect(lines.filter((l) => /^wave \d\/3: 8 ok, 0 failed · p50 [\d.]+ ms · p95 [\d.]+ ms · p99 [\d.]+ ms · max [\d.]+ ms$/.test(l))).toHaveLength(3);
    // Every request gave its client back before answering, so each wave ends with nothing active.
    expect(lines.filter((l) => /^ {2}'main' +0% utilized \(0 active, \d+ idle, 0 waiting\)$/.test(l))).toHaveLength(4);
    expect(lines).toContain("summary: 24 requests, 24 ok, 0 failed, failure rate 0.0%");
    expect(lines.at(-1)).toBe("verdict: healthy (exit 0)");
  });

  it("suspects a leak when active connections climb wave after wave and clients queue, and exits 1", async () => {
    // A real app: a pg pool, the PoolMonitor watching it and opsHandler serving /readyz, as a service wires them.
    const pool = realPool(6, 1000);
    const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, leakDetectionMs: 200, siteSampleRate: 1 });
    monitor.watch(pool, { name: "main" }).start();
    cleanups.push(async () => monitor.stop());
    const ops = opsHandler({ monitor });
    const leaky = async (res: ServerResponse) => {
      // The seed's leak pattern 2: an early return before the release.
      const client = await pool.connect();
      const { rowCount } = await client.query("SELECT 1");
      if (rowCount === 1) return json(res, 200, { ok: true });
      client.release();
    };
    const baseUrl = await serve((req, res) =>
      ops(req, res, () => {
        leaky(res).catch(() => json(res, 500, { error: "no client" }));
      }),
    );
    const result = await stress(["--base-url", baseUrl, "--endpoint", "/leaky", "--requests", "4", "--waves", "3", "--delay", "0", "--json"]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]);
    const active = report.waves.map((w: { after: { pools: { totalCount: number; idleCount: number }[] } }) => w.after.pools[0].totalCount - w.after.pools[0].idleCount);
    expect(active).toEqual([4, 6, 6]);
    // Wave 2 gets the last two clients; its other two requests and all of wave 3 wait 1 s for a client and fail.
    expect(report.waves.map((w: { ok: number }) => w.ok)).toEqual([4, 2, 0]);
    expect(report.summary.failures).toEqual({ 500: 6 });
    expect(Math.max(...report.waves.map((w: { peakWaiting: { main: number } }) => w.peakWaiting.main))).toBeGreaterThan(0);
    expect(report.summary.verdict).toBe("leak suspected");
    const evidence: string[] = report.summary.evidence;
    expect(evidence[0]).toBe("pool 'main': active connections 0 → 4 → 6 → 6 after successive waves, never back to 0");
    expect(evidence[1]).toMatch(/^pool 'main': clients waiting for a connection from wave \d \(up to \d+ in wave \d\)$/);
    // The monitor's view through /readyz?verbose=1 names this file's pool.connect() line as the leaking site.
    const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
    const leakyStart = source.findIndex((l) => l.includes("const leaky = async"));
    const connectLine = leakyStart + source.slice(leakyStart).findIndex((l) => l.includes("await pool.connect()")) + 1;
    expect(evidence).toContainEqual(expect.stringMatching(new RegExp(`^pool 'main': test/cli/stress\\.test\\.ts:${connectLine}:\\d+ .*holds 6, 6 leak\\(s\\) reported by the monitor$`)));
    expect(evidence.at(-1)).toBe("6 of 12 requests failed (50.0%, limit 0.0%): 500 ×6");
  });

  it("calls a correct withClient endpoint that gets more concurrent requests than max saturated, not a leak, and exits 3", async () => {
    // The new user: a pool of 10 and --requests 20. Each request holds its client over a short query.
    const pool = realPool(10, 5000);
    const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, leakDetectionMs: 5000 });
    monitor.watch(pool, { name: "main" }).start();
    cleanups.push(async () => monitor.stop());
    const ops = opsHandler({ monitor });
    const baseUrl = await serve((req, res) =>
      ops(req, res, () => {
        withClient(pool, (client) => client.query("SELECT pg_sleep(0.3)"))
          .then(() => json(res, 200, { ok: true }))
          .catch(() => json(res, 500, { error: "no client" }));
      }),
    );
    const result = await stress(["--base-url", baseUrl, "--endpoint", "/items", "--requests", "20", "--waves", "2", "--delay", "0"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("summary: 40 requests, 40 ok, 0 failed, failure rate 0.0%\n");
    expect(result.stdout).toContain(
      "verdict: saturated (exit 3)\n  - pool 'main': saturated — 20 concurrent requests against a pool of max 10; clients waited (up to ",
    );
    expect(result.stdout).not.toContain("leak");
    expect(result.code).toBe(3);
  });

  it("calls a site that holds its clients over a second slow, naming it, and exits 4", async () => {
    const pool = realPool(10, 5000);
    const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, siteSampleRate: 1 });
    monitor.watch(pool, { name: "main" }).start();
    cleanups.push(async () => monitor.stop());
    const ops = opsHandler({ monitor });
    const report = () => withClient(pool, (client) => client.query("SELECT pg_sleep(1.05)")); // slow-site
    const baseUrl = await serve((req, res) =>
      ops(req, res, () => {
        report()
          .then(() => json(res, 200, { ok: true }))
          .catch(() => json(res, 500, { error: "no client" }));
      }),
    );
    const result = await stress(["--base-url", baseUrl, "--endpoint", "/report", "--requests", "3", "--waves", "1", "--json"]);
    const summary = JSON.parse(result.stdout).summary;
    const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
    const line = source.findIndex((l) => l.includes("// slow-site")) + 1;
    expect(summary.verdict).toBe("slow");
    expect(summary.evidence).toEqual([
      expect.stringMatching(new RegExp(`^pool 'main': slow — test/cli/stress\\.test\\.ts:${line}:\\d+ \\(report\\) holds its clients \\d+ ms at p95 \\(over 1000 ms\\); find the slow query there$`)),
    ]);
    expect(result.code).toBe(4);
  });

  it("times a request out at --timeout, not at undici's next coarse tick", async () => {
    let hung = 0;
    const baseUrl = await serve((req, res) => {
      if (req.url?.startsWith("/readyz")) return json(res, 200, { status: "ok", pools: [] });
      if (req.url === "/metrics") return json(res, 404, {}); // no monitor's /metrics: stress reads it before and after
      // Never answers while the run lasts; the server closes the socket at cleanup.
      hung += 1;
    });
    const result = await stress(["--base-url", baseUrl, "--endpoint", "/hang", "--requests", "3", "--waves", "1", "--timeout", "200", "--json"]);
    const report = JSON.parse(result.stdout);
    expect(report.summary.failures).toEqual({ timeout: 3 });
    expect(hung).toBe(3);
    // undici's own headers timeout ticks on a clock of about a second: a 200 ms timeout then fired after ~1000 ms.
    expect(report.summary.latencyMs.p50).toBeGreaterThanOrEqual(199);
    expect(report.summary.latencyMs.max).toBeLessThan(900);
  });

  it("fails the run when failures exceed --max-failure-rate, and shows the top holders from /readyz?verbose=1", async () => {
    let served = 0;
    const sites = [{ site: "src/routes/items.ts:12:24", fn: "listItems", checkouts: 40, held: 1, holdMsMean: 3, holdMsP95: 9, holdMsMax: 14, heldMsMax: 2400, leaks: 0 }];
    const baseUrl = await serve((req, res) => {
      if (req.url === "/readyz?verbose=1") {
        return json(res, 200, { status: "ok", pools: [{ poolName: "main", totalCount: 3, idleCount: 2, waitingCount: 0, utilizationPercent: 3, sites }] });
      }
      served += 1;
      return json(res, served % 2 === 0 ? 502 : 200, {});
    });
    const args = ["--base-url", baseUrl, "--endpoint", "/flaky", "--requests", "4", "--waves", "2", "--delay", "0"];
    const strict = await stress([...args, "--max-failure-rate", "0.25"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(
      "  top holders of 'main':\n    src/routes/items.ts:12:24 listItems — 1 still held, for up to 2400 ms, checkouts 40, returned ones held up to 14 ms\n",
    );
    expect(strict.stdout).toContain("verdict: failing (exit 1)\n  - 4 of 8 requests failed (50.0%, limit 25.0%): 502 ×4\n");
    const tolerant = await stress([...args, "--max-failure-rate", "0.5"]);
    expect(tolerant.code).toBe(0);
    expect(tolerant.stdout).toContain("summary: 8 requests, 4 ok, 4 failed (502 ×4), failure rate 50.0%\n");
    expect(tolerant.stdout).toContain("verdict: healthy (exit 0)\n");
  });

  it("says the pool view needs an internal address when /readyz answers 403, and still runs the load", async () => {
    let loaded = 0;
    const baseUrl = await serve((req, res) => {
      if (req.url?.startsWith("/readyz")) return json(res, 403, { error: "forbidden" });
      if (req.url === "/metrics") return json(res, 403, { error: "forbidden" });
      loaded += 1;
      res.end("ok");
    });
    const result = await stress(["--base-url", baseUrl, "--endpoint", "/", "--requests", "5", "--waves", "2", "--delay", "0"]);
    expect(result.code).toBe(0);
    expect(loaded).toBe(10);
    expect(result.stdout.split("/readyz answered 403: the pool view is served to internal addresses only;")).toHaveLength(2);
    expect(result.stdout).toMatch(/^wave 2\/2: 5 ok, 0 failed .*\n {2}pools: not shown \(\/readyz answered 403\)$/m);
    expect(result.stdout).toContain("verdict: healthy (exit 0)\n");
  });

  it("exits 2 with what to do when nothing listens at the base URL", async () => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1");
    await once(probe, "listening");
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const result = await stress(["--base-url", `http://127.0.0.1:${port}`, "--waves", "1"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `poolguard stress: cannot reach http://127.0.0.1:${port} (ECONNREFUSED); start the service or point --base-url at it\n`,
    );
  });
});
