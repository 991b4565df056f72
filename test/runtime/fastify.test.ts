// opsFastifyPlugin on a real Fastify 5 server.
import Fastify, { type FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { opsFastifyPlugin } from "../../src/runtime/fastify.js";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { fetchText } from "./ops-server.js";
import { parsePrometheusText, sampleValue } from "./prometheus-text.js";

describe("opsFastifyPlugin", () => {
  let pool: pg.Pool;
  let monitor: PoolMonitor;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4 });
    monitor = new PoolMonitor({ logger: { info() {}, warn() {} } }).watch(pool, { name: "main" });
    app = Fastify();
    await app.register(opsFastifyPlugin, { monitor });
    await app.register(opsFastifyPlugin, { monitor, prefix: "/ops", trustProxy: ["127.0.0.1/32", "::1"] });
    app.get("/api/items", async () => ({ items: [1, 2] }));
    base = await app.listen({ port: 0, host: "127.0.0.1" });
  });

  afterAll(async () => {
    await app.close();
    monitor.stop();
    await pool.end();
  });

  it("answers /health, /readyz and /metrics", async () => {
    const health = await fetchText(`${base}/health`);
    expect([health.status, health.headers["content-type"], JSON.parse(health.body)]).toEqual([
      200,
      "application/json; charset=utf-8",
      { status: "ok" },
    ]);
    const ready = await fetchText(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ status: "ok", pools: [{ poolName: "main", waitingCount: 0 }] });
    const metrics = await fetchText(`${base}/metrics`);
    expect(metrics.headers["content-type"]).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(sampleValue(parsePrometheusText(metrics.body), METRIC_NAMES.max, { pool_name: "main" })).toBe(4);
  });

  it("reads verbose from the query string and leaves other routes to the app", async () => {
    const client = await pool.connect();
    try {
      const ready = JSON.parse((await fetchText(`${base}/readyz?verbose=true`)).body);
      expect(ready.pools[0].sites).toEqual(expect.any(Array));
    } finally {
      client.release();
    }
    const api = await fetchText(`${base}/api/items`);
    expect(JSON.parse(api.body)).toEqual({ items: [1, 2] });
    expect((await fetchText(`${base}/nowhere`)).status).toBe(404);
  });

  it("HEAD answers headers only; other methods get 405 with Allow", async () => {
    const head = await fetchText(`${base}/readyz`, { method: "HEAD" });
    expect([head.status, head.body]).toEqual([200, ""]);
    const post = await fetchText(`${base}/metrics`, { method: "POST" });
    expect([post.status, post.headers.allow]).toEqual([405, "GET, HEAD"]);
  });

  it("refuses forged X-Forwarded-For, believes it from the trusted proxy under /ops", async () => {
    expect((await fetchText(`${base}/readyz`, { headers: { "x-forwarded-for": "10.0.0.1" } })).status).toBe(403);
    expect((await fetchText(`${base}/ops/readyz`, { headers: { "x-forwarded-for": "10.0.0.1" } })).status).toBe(200);
    expect((await fetchText(`${base}/ops/metrics`, { headers: { "x-forwarded-for": "203.0.113.50" } })).status).toBe(
      403,
    );
    expect((await fetchText(`${base}/ops/health`, { headers: { "x-forwarded-for": "203.0.113.50" } })).status).toBe(
      200,
    );
  });

  it("rejects bad options when registered", async () => {
    const broken = Fastify();
    await expect(broken.register(opsFastifyPlugin, { monitor, allow: ["not-an-address"] }).ready()).rejects.toThrow(
      /allow has an entry that is not an IP address or CIDR range/,
    );
    await broken.close();
  });
});
