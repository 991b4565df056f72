// The pure parts under the monitor: the fixed-bucket histogram and reading an acquire site out of a V8 stack.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { CAPTURE_FRAMES, captureStack, resolveSite } from "../../src/runtime/acquire-site.js";
import { BUCKET_BOUNDS_SECONDS, Histogram } from "../../src/runtime/histogram.js";
import { queryInFlight } from "../../src/runtime/leak-detector.js";

describe("Histogram", () => {
  it("keeps cumulative counts in fixed buckets (seconds, last one Infinity) and exact count, sum and max", () => {
    const histogram = new Histogram();
    for (const ms of [0.05, 0.3, 0.3, 4, 40, 90_000]) histogram.record(ms);
    const snapshot = histogram.snapshot();
    expect(snapshot.buckets).toHaveLength(BUCKET_BOUNDS_SECONDS.length + 1);
    expect(snapshot.buckets.at(-1)).toEqual({ le: Infinity, count: 6 });
    const countAt = (le: number) => snapshot.buckets.find((b) => b.le === le)!.count;
    expect([countAt(0.0001), countAt(0.0005), countAt(0.005), countAt(0.05), countAt(60)]).toEqual([1, 3, 4, 5, 5]);
    expect(snapshot.count).toBe(6);
    expect(snapshot.sumSeconds).toBeCloseTo(90_044.65 / 1000, 9);
    expect(snapshot.maxMs).toBe(90_000);
  });

  it("interpolates percentiles inside the bucket, never beyond the values seen", () => {
    const histogram = new Histogram();
    expect(histogram.snapshot()).toMatchObject({ count: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 });
    histogram.record(3.9);
    expect(histogram.snapshot()).toMatchObject({ p50Ms: 3.9, p95Ms: 3.9, p99Ms: 3.9, maxMs: 3.9 });
    const spread = new Histogram();
    for (let ms = 1; ms <= 100; ms++) spread.record(ms);
    const { p50Ms, p95Ms, p99Ms } = spread.snapshot();
    // 50 lies in (25, 50] ms and 95, 99 in (50, 100] ms: within their buckets, ordered, at most the max.
    expect(p50Ms).toBeGreaterThan(25);
    expect(p50Ms).toBeLessThanOrEqual(50);
    expect(p95Ms).toBeGreaterThan(50);
    expect(p95Ms).toBeLessThanOrEqual(p99Ms);
    expect(p99Ms).toBeLessThanOrEqual(100);
  });
});

describe("resolveSite", () => {
  const cwd = process.cwd();
  const runtime = path.join(cwd, "src", "runtime");
  const stack = (...frames: string[]) => ({ stack: ["Error", ...frames.map((f) => `    at ${f}`)].join("\n") });

  it("skips poolguard, pg, pg-pool and Node internals; names the first application frame relative to cwd", () => {
    const site = resolveSite(
      stack(
        `withClient (${runtime}/with-client.ts:15:29)`,
        `BoundPool.query (${cwd}/node_modules/pg-pool/index.js:412:10)`,
        `new Promise (<anonymous>)`,
        `process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
        `async loadReport (${cwd}/src/handlers/report.ts:42:13)`,
        `${pathToFileURL(`${cwd}/src/server.ts`).href}:7:3`,
      ),
    );
    expect(site).toEqual({
      site: "src/handlers/report.ts:42:13",
      fn: "loadReport",
      line: "src/handlers/report.ts:42",
      stack: `    at async loadReport (${cwd}/src/handlers/report.ts:42:13)\n    at ${pathToFileURL(`${cwd}/src/server.ts`).href}:7:3`,
      fullStack: `    at async loadReport (${cwd}/src/handlers/report.ts:42:13)\n    at ${pathToFileURL(`${cwd}/src/server.ts`).href}:7:3`,
    });
  });

  it("skips poolguard's frames wherever its source maps point (dist or src, path or URL)", () => {
    const site = resolveSite(
      stack(
        `withClient (${cwd}/dist/src/runtime/with-client.js:15:29)`,
        `withTransaction (${pathToFileURL(`${cwd}/dist/src/runtime/with-client.js`).href}:60:3)`,
        `withClient (${cwd}/src/runtime/with-client.ts:15:29)`,
        `async route (${cwd}/app/routes.ts:8:5)`,
      ),
    );
    expect(site).toMatchObject({ site: "app/routes.ts:8:5", fn: "route" });
  });

  it("names the application's line below a dependency, and trims the dependencies' frames from the stack only", () => {
    const express = `${cwd}/node_modules/express/lib/router/layer.js`;
    const site = resolveSite(
      stack(
        `Knex.acquire (${cwd}/node_modules/knex/lib/client.js:300:7)`,
        `async listUsers (${cwd}/src/users.ts:12:20)`,
        `Layer.handle (${express}:95:5)`,
        `next (${cwd}/node_modules/express/lib/router/route.js:149:13)`,
        `main (${cwd}/src/server.ts:30:1)`,
      ),
    );
    expect(site).toEqual({
      site: "src/users.ts:12:20",
      fn: "listUsers",
      line: "src/users.ts:12",
      stack: `    at async listUsers (${cwd}/src/users.ts:12:20)\n    at main (${cwd}/src/server.ts:30:1)`,
      fullStack: [
        `    at Knex.acquire (${cwd}/node_modules/knex/lib/client.js:300:7)`,
        `    at async listUsers (${cwd}/src/users.ts:12:20)`,
        `    at Layer.handle (${express}:95:5)`,
        `    at next (${cwd}/node_modules/express/lib/router/route.js:149:13)`,
        `    at main (${cwd}/src/server.ts:30:1)`,
      ].join("\n"),
    });
    // No application frame within reach: the dependency that acquired is named.
    expect(resolveSite(stack(`Store.get (${cwd}/node_modules/connect-pg-simple/index.js:40:9)`))).toMatchObject({
      site: "node_modules/connect-pg-simple/index.js:40:9",
      fn: "Store.get",
    });
  });

  it("names a webpack bundle's source by its path from webpack's context, and a nameless awaited frame <anonymous>", () => {
    // `devtool: "source-map"` run under `node --enable-source-maps`, the bundle minified (webpack's production mode):
    // the frames name `webpack://<namespace>/…`, and the awaited frame of a function whose name was mangled away
    // reads `async` alone.
    const site = resolveSite(
      stack(
        `async (webpack://app/node_modules/poolguard/dist/src/runtime/with-client.js:15:29)`,
        `async Promise.all (index 0)`,
        `async (webpack://app/node_modules/pg-pool/index.js:45:11)`,
        `async (webpack://app/src/handlers.ts:4:29)`,
        `async (webpack:///./src/main.ts:20:9)`,
      ),
    );
    expect(site).toMatchObject({ site: "src/handlers.ts:4:29", fn: "<anonymous>", line: "src/handlers.ts:4" });
    expect(resolveSite(stack(`async loadReport (webpack:///./src/handlers.ts:4:29)`))).toMatchObject({ site: "src/handlers.ts:4:29", fn: "loadReport" });
  });

  it("captures enough frames whatever Error.stackTraceLimit the application set, and leaves the setting alone", () => {
    const saved = Error.stackTraceLimit;
    const acquire = (): ReturnType<typeof captureStack> => captureStack(acquire);
    function caller() {
      return acquire();
    }
    try {
      for (const limit of [0, 10, Infinity]) {
        Error.stackTraceLimit = limit;
        const site = resolveSite(caller());
        expect(Error.stackTraceLimit).toBe(limit);
        expect(site).toMatchObject({ fn: "caller" });
        expect(site!.site).toMatch(/^test\/runtime\/monitor-internals\.test\.ts:\d+:\d+$/);
      }
    } finally {
      Error.stackTraceLimit = saved;
    }
  });

  it("captures CAPTURE_FRAMES frames under a deep stack: the acquire site and the callers the report shows", () => {
    const acquire = (): ReturnType<typeof captureStack> => captureStack(acquire);
    let chain: () => ReturnType<typeof captureStack> = function site() {
      return acquire();
    };
    for (let depth = 0; depth < 12; depth++) {
      const inner = chain;
      chain = function layer() {
        return inner();
      };
    }
    const frames = chain().stack!.split("\n").slice(1);
    expect(frames).toHaveLength(CAPTURE_FRAMES);
    expect(frames[0]).toMatch(/^ {4}at site \(/);
  });

  it("keeps absolute paths outside cwd, reads eval and sourceURL frames, and gives up when no frame is the application's", () => {
    expect(resolveSite(stack("handler (/srv/other/app.js:3:9)"))?.site).toBe("/srv/other/app.js:3:9");
    expect(resolveSite(stack("eval (eval at make (/srv/app/gen.js:10:5), <anonymous>:3:12)"))?.site).toBe("/srv/app/gen.js:10:5");
    expect(resolveSite(stack("eval (generated/site-7.js:3:19)"))).toMatchObject({ site: "generated/site-7.js:3:19", fn: "eval" });
    expect(resolveSite(stack("Socket.emit (node:events:524:28)", `x (${runtime}/monitor.ts:1:1)`))).toBeUndefined();
    expect(resolveSite({})).toBeUndefined();
  });
});

describe("queryInFlight", () => {
  // pg-native needs libpq and a compiler, so it is no dependency here; its Query class loads without them. A
  // pg-native client keeps its last query in `_activeQuery` after the answer (pg/lib/native/client.js), marked by its
  // state: a client held idle after `await client.query(…)` must not read as waiting for an answer.
  const require = createRequire(import.meta.url);
  const NativeQuery = require("pg/lib/native/query.js") as new (text: string) => { state: string };
  const nativeClient = (state: string) => {
    const query = new NativeQuery("SELECT 1");
    query.state = state;
    return { _activeQuery: query, _queryQueue: [] };
  };

  it("reads pg's JavaScript client: a query in `_activeQuery` is in flight, none is not", () => {
    const client = new pg.Client();
    expect(queryInFlight(client)).toBe(false);
    Object.assign(client, { _activeQuery: new pg.Query("SELECT 1") });
    expect(queryInFlight(client)).toBe(true);
    expect(queryInFlight(undefined)).toBe(false);
  });

  it("reads a pg-native client: its last query kept after the answer (state end or error) is not in flight", () => {
    expect(new NativeQuery("SELECT 1").state).toBe("new");
    expect(queryInFlight(nativeClient("new"))).toBe(true);
    expect(queryInFlight(nativeClient("running"))).toBe(true);
    expect(queryInFlight(nativeClient("end"))).toBe(false);
    expect(queryInFlight(nativeClient("error"))).toBe(false);
  });
});
