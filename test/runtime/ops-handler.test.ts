// opsHandler on a real node:http server over a real pool: what curl, a probe and a scraper see.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { opsHandler, type OpsMonitor } from "../../src/runtime/ops-handler.js";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { fetchText, serve, type RunningServer } from "./ops-server.js";
import { parsePrometheusText, sampleValue } from "./prometheus-text.js";

const quiet = { info() {}, warn() {} };
const JSON_TYPE = "application/json; charset=utf-8";

describe("opsHandler on node:http", () => {
  let pool: pg.Pool;
  let monitor: PoolMonitor;
  let server: RunningServer;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 5 });
    // Every checkout attributed to its line, so that ?verbose=1 has sites to show.
    monitor = new PoolMonitor({ logger: quiet, siteSampleRate: 1 }).watch(pool, { name: "main" });
    server = await serve(opsHandler({ monitor }));
  });

  afterAll(async () => {
    await server.close();
    monitor.stop();
    await pool.end();
  });

  it("GET /health answers {status: ok}", async () => {
    const reply = await fetchText(`${server.url}/health`);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe(JSON_TYPE);
    expect(reply.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(reply.body)).toEqual({ status: "ok" });
  });

  it("GET /readyz answers the seed's snapshot shape", async () => {
    const client = await pool.connect();
    try {
      const reply = await fetchText(`${server.url}/readyz`);
      expect(reply.status).toBe(200);
      expect(reply.headers["content-type"]).toBe(JSON_TYPE);
      const body = JSON.parse(reply.body);
      expect(Object.keys(body).sort()).toEqual(["pools", "status", "timestamp"]);
      expect(body.status).toBe("ok");
      expect(new Date(body.timestamp).toISOString()).toBe(body.timestamp);
      expect(body.pools).toHaveLength(1);
      const [main] = body.pools;
      expect(Object.keys(main).sort()).toEqual(
        ["idleCount", "poolName", "timestamp", "totalCount", "utilizationPercent", "waitingCount"],
      );
      expect(main).toMatchObject({ poolName: "main", waitingCount: 0, utilizationPercent: 20 });
      expect(main.totalCount - main.idleCount).toBe(1);
    } finally {
      client.release();
    }
  });

  it("GET /readyz?verbose=1 adds the acquire sites (at most 10) to each pool", async () => {
    const client = await pool.connect();
    try {
      const plain = JSON.parse((await fetchText(`${server.url}/readyz?verbose=0`)).body);
      expect(plain.pools[0].sites).toBeUndefined();
      const verbose = JSON.parse((await fetchText(`${server.url}/readyz?verbose=1`)).body);
      const sites: Array<{ site: string; held: number }> = verbose.pools[0].sites;
      expect(sites.length).toBeGreaterThan(0);
      expect(sites.length).toBeLessThanOrEqual(10);
      // The line above that acquired the client, held right now.
      const here = sites.find((entry) => entry.site.includes("ops-handler.test.ts"));
      expect(here?.held).toBe(1);
    } finally {
      client.release();
    }
  });

  it("GET /metrics answers Prometheus text with the pool's figures", async () => {
    const reply = await fetchText(`${server.url}/metrics`);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = parsePrometheusText(reply.body);
    expect(sampleValue(text, METRIC_NAMES.max, { pool_name: "main" })).toBe(5);
    expect(reply.body).not.toContain("site");
  });

  it("HEAD answers the headers of GET without a body", async () => {
    for (const path of ["/health", "/readyz", "/metrics"]) {
      const reply = await fetchText(`${server.url}${path}`, { method: "HEAD" });
      expect(reply.status, path).toBe(200);
      expect(reply.body, path).toBe("");
      expect(Number(reply.headers["content-length"]), path).toBeGreaterThan(0);
    }
  });

  it.each([
    ["POST", "/readyz"],
    ["PUT", "/health"],
    ["DELETE", "/metrics"],
    ["PATCH", "/readyz"],
    ["OPTIONS", "/health"],
  ])("%s %s → 405 with Allow", async (method, path) => {
    const reply = await fetchText(`${server.url}${path}`, { method });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe("GET, HEAD");
    expect(reply.headers["content-type"]).toBe(JSON_TYPE);
    expect(JSON.parse(reply.body).error).toMatch(new RegExp(`method ${method} not allowed; use GET or HEAD`));
  });

  it.each(["/", "/other", "/readyz/", "/health/extra", "//readyz", "/READYZ", "/%72eadyz"])(
    "GET %s → 404 without next()",
    async (path) => {
      const reply = await fetchText(`${server.url}${path}`);
      expect(reply.status).toBe(404);
      expect(JSON.parse(reply.body)).toEqual({ error: "not found" });
    },
  );
});

describe("opsHandler when the monitor fails", () => {
  const failing: OpsMonitor = {
    readiness: () => Promise.reject(new Error("monitor broke")),
    stats: () => {
      throw new Error("monitor broke");
    },
  };
  let server: RunningServer;

  beforeAll(async () => {
    server = await serve(opsHandler({ monitor: failing }));
  });
  afterAll(() => server.close());

  it("answers 500 for /readyz and /metrics and keeps serving", async () => {
    for (const path of ["/readyz", "/metrics", "/readyz?verbose=1"]) {
      const reply = await fetchText(`${server.url}${path}`);
      expect(reply.status, path).toBe(500);
      expect(JSON.parse(reply.body).error).toMatch(/internal error/);
      expect(reply.body).not.toContain("monitor broke");
    }
    expect((await fetchText(`${server.url}/health`)).status).toBe(200);
  });
});

describe("opsHandler options", () => {
  it.each([
    [undefined, /expected options \{ monitor, allow\?, trustProxy\? \}/],
    [{}, /monitor must be a PoolMonitor \(an object with readiness\(\) and stats\(\)\), got undefined/],
    [{ monitor: { snapshot() {} } }, /monitor must be a PoolMonitor/],
    [{ monitor: { readiness: async () => ({ status: "ok" }), stats: () => [] }, trustProxy: true }, /trustProxy must be/],
  ])("rejects %j when built", (options, message) => {
    expect(() => opsHandler(options as never)).toThrow(message);
  });
});
