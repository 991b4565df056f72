// opsHandler as Express 5 middleware on a real server: its paths answered, every other path left to the app.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { opsAccess } from "../../src/runtime/ops-access.js";
import { opsHandler } from "../../src/runtime/ops-handler.js";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { fetchText } from "./ops-server.js";
import { parsePrometheusText, sampleValue } from "./prometheus-text.js";

describe("opsHandler with Express", () => {
  let pool: pg.Pool;
  let monitor: PoolMonitor;
  let server: ReturnType<express.Express["listen"]>;
  let base: string;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 3 });
    monitor = new PoolMonitor({ logger: { info() {}, warn() {} } }).watch(pool, { name: "main" });
    const app = express();
    // Express's own `trust proxy` setting is not what opsHandler reads: it has its own trustProxy option.
    app.set("trust proxy", true);
    app.use(opsHandler({ monitor }));
    app.use("/ops", opsHandler({ monitor, trustProxy: "loopback" }));
    app.get("/api/items", (_request, response) => {
      response.json({ items: [1, 2] });
    });
    app.get("/admin/queue", opsAccess({ trustProxy: "loopback" }), (_request, response) => {
      response.json({ depth: 3 });
    });
    server = app.listen(0, "127.0.0.1");
    await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, "close");
    monitor.stop();
    await pool.end();
  });

  it("answers /health, /readyz and /metrics", async () => {
    const health = await fetchText(`${base}/health`);
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: "ok" }]);

    const ready = await fetchText(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(ready.body)).toMatchObject({ status: "ok", pools: [{ poolName: "main" }] });

    const metrics = await fetchText(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(sampleValue(parsePrometheusText(metrics.body), METRIC_NAMES.max, { pool_name: "main" })).toBe(3);
  });

  it("calls next() for the application's own routes and for unknown paths", async () => {
    const api = await fetchText(`${base}/api/items`);
    expect([api.status, JSON.parse(api.body)]).toEqual([200, { items: [1, 2] }]);
    // Express's own 404 page, not opsHandler's JSON: the request went past the middleware.
    const missing = await fetchText(`${base}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/^text\/html/);
  });

  it("ignores Express's trust proxy setting: a forged X-Forwarded-For is still refused", async () => {
    const forged = await fetchText(`${base}/readyz`, { headers: { "x-forwarded-for": "10.0.0.1" } });
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.body).error).toMatch(/only internal addresses/);
  });

  it("works when mounted under a path, with its own trustProxy", async () => {
    const ready = await fetchText(`${base}/ops/readyz?verbose=1`, { headers: { "x-forwarded-for": "10.0.0.1" } });
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body).pools[0].sites).toEqual(expect.any(Array));
    const publicClient = await fetchText(`${base}/ops/metrics`, { headers: { "x-forwarded-for": "198.51.100.20" } });
    expect(publicClient.status).toBe(403);
    expect((await fetchText(`${base}/ops/health`, { headers: { "x-forwarded-for": "198.51.100.20" } })).status).toBe(200);
  });

  it("opsAccess guards the application's own internal routes with the same rule", async () => {
    const internal = await fetchText(`${base}/admin/queue`, { headers: { "x-forwarded-for": "10.0.0.1" } });
    expect([internal.status, JSON.parse(internal.body)]).toEqual([200, { depth: 3 }]);
    const outside = await fetchText(`${base}/admin/queue`, { headers: { "x-forwarded-for": "198.51.100.20" } });
    expect(outside.status).toBe(403);
    expect(JSON.parse(outside.body).error).toMatch(/answers only internal addresses/);
  });

  it("answers 405 for other methods on its paths", async () => {
    const reply = await fetchText(`${base}/readyz`, { method: "POST" });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe("GET, HEAD");
  });
});
