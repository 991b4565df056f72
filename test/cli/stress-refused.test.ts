// `poolguard stress` against a pool that cannot open the connections its `max` allows: its role's CONNECTION LIMIT
// (2) is below the pool's max (6). Found in drill b (docs/drills.md): stress read the open connections it saw while
// callers waited as the pool's max ("a pool of max 3") and called it saturated, advising to raise `max` — which
// changes nothing while the server refuses the rest with 53300. It now reads the pools' max and connection errors
// from the monitor's /metrics, before and after the run. A real PostgreSQL role, a real pool, a real monitor.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { run } from "../../src/cli/stress.js";
import { parsePoolMetrics } from "../../src/cli/stress-metrics.js";
import { opsHandler, PoolMonitor, withClient } from "../../src/runtime/index.js";
import { Capture } from "./stress-capture.js";

const ROLE = "poolguard_stress_limited";

describe("poolguard stress, a pool its database will not let open its max", () => {
  let admin: pg.Client;
  let limitedUrl: string;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${ROLE}`);
    await admin.query(`CREATE ROLE ${ROLE} LOGIN PASSWORD 'limited' CONNECTION LIMIT 2`);
    const url = new URL(inject("databaseUrl"));
    url.username = ROLE;
    url.password = "limited";
    limitedUrl = url.toString();
  });

  afterAll(async () => {
    await admin.query(`DROP ROLE IF EXISTS ${ROLE}`);
    await admin.end();
  });

  it("says it cannot open connections, with the 53300s the monitor counted, fails the run, and does not advise raising max", async () => {
    const pool = new pg.Pool({ connectionString: limitedUrl, max: 6, connectionTimeoutMillis: 5000 });
    const monitor = new PoolMonitor({ logger: { info() {}, warn() {} } }).watch(pool, { name: "main" }).start();
    const ops = opsHandler({ monitor });
    const server: Server = createServer((req, res) =>
      ops(req, res, () => {
        withClient(pool, (client) => client.query("SELECT pg_sleep(0.2)"))
          .then(() => res.end("ok"))
          .catch(() => {
            res.statusCode = 500;
            res.end();
          });
      }),
    );
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await run(["--base-url", baseUrl, "--endpoint", "/items", "--requests", "12", "--waves", "2", "--delay", "0"], {
        stdout,
        stderr,
      });
      const refused = monitor.stats()[0]!.connectionErrors["53300"] ?? 0;
      expect(refused).toBeGreaterThan(0);
      expect(stdout.text).toMatch(
        new RegExp(
          "verdict: failing \\(exit 1\\)\\n  - pool 'main': cannot open connections — clients waited \\(up to \\d+ in wave \\d\\) " +
            `with only [12] of its max 6 connections open, and ${refused} connection error\\(s\\) during the run \\(53300 ×${refused}\\): ` +
            "the database refused or dropped them, so raising `max` would not help; read the monitor's connection-error lines\\n",
        ),
      );
      expect(stdout.text).not.toContain("saturated");
      expect(code).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      monitor.stop();
      await pool.end();
    }
  });

  it("reads max and the errors by kind from Prometheus text, labels in any order, other series ignored", () => {
    const text = [
      "# TYPE db_client_connection_max gauge",
      'db_client_connection_max{pool_name="main"} 10',
      'db_client_connection_max{pool_name="li\\"sten"} 12',
      'db_client_connection_errors_total{pool_name="main",error_type="53300"} 22',
      'db_client_connection_errors_total{error_type="ECONNREFUSED",pool_name="main"} 3',
      'db_client_connection_count{pool_name="main",state="idle"} 3',
    ].join("\n");
    expect(parsePoolMetrics(text)).toEqual({
      max: { main: 10, 'li"sten': 12 },
      errors: { main: { "53300": 22, ECONNREFUSED: 3 } },
    });
  });
});
