// A server that is up but refuses the pool's connections: bad credentials (28P01), a role that may not log in
// (28000), a database that does not exist (3D000), CONNECT revoked (42501). Each failed connect is one connection
// error of its kind, /readyz says the server's own words, and the alert says what is wrong — the settings or the
// grants, not a database that is down or unreachable.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type AlertEvent } from "../../src/runtime/index.js";
import { scratchDatabase } from "../support/scratch-database.js";
import { RecordingLogger } from "./monitor-logs.js";

const role = `refused_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
let database: { url: string; drop(): Promise<void> };

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await scratchDatabase(inject("databaseUrl"), "refused");
  await admin(`CREATE ROLE ${role} LOGIN PASSWORD 'right'`);
  // A fresh database grants CONNECT to PUBLIC: revoked from everyone, so the role's own grant is what decides.
  await admin(`REVOKE CONNECT ON DATABASE ${new URL(database.url).pathname.slice(1)} FROM PUBLIC`);
});
afterAll(async () => {
  await database?.drop();
  await admin(`DROP ROLE IF EXISTS ${role}`);
});

/** The pool connects as `role` with `password` to `dbName` (the scratch database unless named). */
function poolAs(password: string, dbName?: string) {
  const url = new URL(database.url);
  url.username = role;
  url.password = password;
  if (dbName) url.pathname = `/${dbName}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  const monitor = new PoolMonitor({ logger: new RecordingLogger() }).watch(pool, { name: "main" }).start();
  const alerts: AlertEvent[] = [];
  monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
  return { pool, monitor, alerts };
}

/** Three checkouts that fail with `code`, then a readiness check: what the monitor says about them. */
async function refused(setup: ReturnType<typeof poolAs>, code: string) {
  const { pool, monitor, alerts } = setup;
  try {
    for (let i = 0; i < 3; i++) await expect(pool.connect()).rejects.toMatchObject({ code });
    const readiness = await monitor.readiness();
    return { stats: monitor.stats()[0]!, readiness, alerts };
  } finally {
    monitor.stop();
    await pool.end();
  }
}

describe("a server that refuses the pool's connections", () => {
  it("bad credentials: 28P01, counted once per connect, the alert names the credentials", async () => {
    const { stats, readiness, alerts } = await refused(poolAs("wrong"), "28P01");
    // The three checkouts and the readiness round trip's own connect.
    expect(stats.connectionErrors).toEqual({ "28P01": 4 });
    expect(stats.connectErrors).toBe(3);
    expect(readiness.status).toBe("unavailable");
    expect(readiness.pools[0]!.reason).toBe(`cannot connect: 28P01 (password authentication failed for user "${role}")`);
    expect(alerts.map((alert) => alert.kind)).toEqual(["connection-errors"]);
    expect(alerts[0]!.message).toBe(
      `Pool 'main' connection error: 28P01 (password authentication failed for user "${role}"; refused with none of its ` +
        "max 2 connections open: it cannot serve); the server is up and " +
        "refused the pool's credentials (a wrong or changed password): check the user and password the pool connects with",
    );
  });

  it("a database that does not exist: 3D000, the alert names the database", async () => {
    const { stats, readiness, alerts } = await refused(poolAs("right", `${role}_missing`), "3D000");
    expect(stats.connectionErrors).toEqual({ "3D000": 4 });
    expect(readiness.pools[0]!.reason).toBe(`cannot connect: 3D000 (database "${role}_missing" does not exist)`);
    expect(alerts[0]!.message).toMatch(/; the server is up but the database the pool names does not exist \(dropped, or misnamed\): check its name$/);
  });

  it("CONNECT not granted: 42501, the alert names the grants", async () => {
    const { stats, readiness, alerts } = await refused(poolAs("right"), "42501");
    expect(stats.connectionErrors).toEqual({ "42501": 4 });
    expect(readiness.pools[0]!.reason).toMatch(/^cannot connect: 42501 \(permission denied for database "refused_\w+"\)$/);
    expect(alerts[0]!.message).toMatch(/; the server is up but the pool's role may not connect to this database \(CONNECT revoked\): check its grants$/);
  });

  it("a role that may not log in: 28000, the alert names the role and pg_hba.conf", async () => {
    await admin(`ALTER ROLE ${role} NOLOGIN`);
    try {
      const { stats, alerts } = await refused(poolAs("right"), "28000");
      expect(stats.connectionErrors).toEqual({ "28000": 4 });
      expect(alerts[0]!.message).toMatch(/^Pool 'main' connection error: 28000 \(role "refused_\w+" is not permitted to log in; refused with none of its max 2 connections open: it cannot serve\); the server is up and refused the login/);
    } finally {
      await admin(`ALTER ROLE ${role} LOGIN`);
    }
  });

  it("no slot left for the role (53300, CONNECTION LIMIT): counted, and the alert does not blame max_connections alone", async () => {
    // The drill's "max_connections below the pool's max", on a server shared with other tests: a role's CONNECTION
    // LIMIT gives the same 53300, in the server's own words.
    const limited = `${role}_limited`;
    await admin(`CREATE ROLE ${limited} LOGIN PASSWORD 'right' CONNECTION LIMIT 1`);
    await admin(`GRANT CONNECT ON DATABASE ${new URL(database.url).pathname.slice(1)} TO ${limited}`);
    const url = new URL(database.url);
    url.username = limited;
    url.password = "right";
    const pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger() }).watch(pool, { name: "main" }).start();
    const alerts: AlertEvent[] = [];
    monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
    try {
      const held = await pool.connect();
      await expect(pool.connect()).rejects.toMatchObject({ code: "53300" });
      held.release();
      expect(monitor.stats()[0]).toMatchObject({ connectionErrors: { "53300": 1 }, connectErrors: 1 });
      expect(alerts.map((alert) => alert.message)).toEqual([
        `Pool 'main' connection error: 53300 (too many connections for role "${limited}"; refused with 1 of its max 3 ` +
          "connections open, none idle: the server allows it no more now; the 1 serve only while one is idle, and a " +
          "caller that finds none fails the same way); the server is up but has no " +
          "connection slot left for this pool (`max_connections`, or a `CONNECTION LIMIT` of its role or database: the " +
          "server's words say which): count the pools and processes that connect to it, and their `max`",
      ]);
    } finally {
      monitor.stop();
      await pool.end();
      await admin(`DROP OWNED BY ${limited}`);
      await admin(`DROP ROLE ${limited}`);
    }
  });

  it("its twin: a database that is down keeps the advice to check that it is up and reachable", async () => {
    const pool = new pg.Pool({ host: "127.0.0.1", port: 1, max: 1 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger() }).watch(pool, { name: "main" }).start();
    const alerts: AlertEvent[] = [];
    monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
    await expect(pool.connect()).rejects.toMatchObject({ code: "ECONNREFUSED" });
    monitor.stop();
    await pool.end();
    expect(alerts[0]!.message).toMatch(/^Pool 'main' connection error: ECONNREFUSED \(.*\); check that the database is up and reachable$/);
  });
});
