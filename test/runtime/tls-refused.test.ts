// TLS refused or required (drill gg, docs/drills.md): the pool asks for TLS of a server that has it off, the server
// accepts a login only over TLS (`hostssl` in pg_hba.conf) and the pool connects without it, and the pool refuses the
// server's certificate. Each is named as what it is — by the error counter's kind, /readyz's reason and the
// `connection-errors` alert — not as a database that is down or a timeout. On a PostgreSQL of this file's own, whose
// `ssl` and pg_hba.conf the tests change.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PoolMonitor, type AlertEvent } from "../../src/runtime/index.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { RecordingLogger } from "./monitor-logs.js";

vi.setConfig({ testTimeout: 60_000 });

function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(Boolean(process.env.DATABASE_URL))("TLS refused or required, on a server of our own", () => {
  let database: PostgresHandle;
  let admin: pg.Client;
  const cleanups: Array<() => Promise<unknown> | void> = [];

  beforeAll(async () => {
    database = await startPostgres();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await admin?.end();
    await database?.dispose();
  });

  /** A pool of 2 that fails its connects for `ssl`: what its first caller, the counter, /readyz and the alert say. */
  async function refused(ssl: pg.PoolConfig["ssl"]) {
    const pool = new pg.Pool({ connectionString: database.url, ssl, max: 2, connectionTimeoutMillis: 5000 });
    const logger = new RecordingLogger();
    const alerts: AlertEvent[] = [];
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000 }).watch(pool, { name: "main" }).start();
    monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
    cleanups.push(() => pool.end(), () => monitor.stop());
    const error = await pool.connect().then(
      (client) => (client.release(), undefined),
      (failure: Error) => failure,
    );
    const ready = await monitor.readiness();
    return {
      error,
      counts: monitor.stats()[0]!.connectionErrors,
      reason: ready.pools[0]!.reason,
      status: ready.status,
      alert: alerts.find((alert) => alert.kind === "connection-errors")?.message,
    };
  }

  it("the pool asks for TLS and the server has it off: kind `ssl`, and the alert says so", async () => {
    const seen = await refused(true);
    expect(seen.error?.message).toBe("The server does not support SSL connections");
    // The caller's connect and the probe's.
    expect(seen.counts).toEqual({ ssl: 2 });
    expect(seen.status).toBe("unavailable");
    expect(seen.reason).toBe("cannot connect: The server does not support SSL connections");
    expect(seen.alert).toBe(
      "Pool 'main' connection error: ssl (The server does not support SSL connections; no TLS connection could be " +
        "made, with none of its max 2 connections open: it cannot serve); the pool asks for TLS (its " +
        "`ssl` option, or `sslmode` in its connection string) and the server does not offer it (`ssl = off`): " +
        "turn TLS on at the server, or connect without it",
    );
  });

  describe.skipIf(!hasOpenssl())("the server with TLS on (a self-signed certificate)", () => {
    beforeAll(async () => {
      const dir = (await admin.query<{ data_directory: string }>("SHOW data_directory")).rows[0]!.data_directory;
      const hba = (await admin.query<{ hba_file: string }>("SHOW hba_file")).rows[0]!.hba_file;
      const [key, cert] = [join(dir, "server.key"), join(dir, "server.crt")];
      execFileSync(
        "openssl",
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost"],
        { stdio: "ignore" },
      );
      // The server runs as the data directory's owner, and refuses a key others can read.
      const { uid, gid } = statSync(dir);
      for (const file of [key, cert]) chownSync(file, uid, gid);
      chmodSync(key, 0o600);
      // TCP logins only over TLS; the admin session, open already, goes on.
      writeFileSync(hba, readFileSync(hba, "utf8").replace(/^host(\s)/gm, "hostssl$1"));
      await admin.query("ALTER SYSTEM SET ssl = on");
      await admin.query("SELECT pg_reload_conf()");
      // The reload is asynchronous: a login with TLS, certificate unchecked, is the sign that it took.
      for (;;) {
        const probe = new pg.Client({ connectionString: database.url, ssl: { rejectUnauthorized: false } });
        probe.on("error", () => {});
        const ok = await probe.connect().then(
          () => true,
          () => false,
        );
        await probe.end().catch(() => {});
        if (ok) break;
      }
    });

    it("the server requires TLS (hostssl) and the pool connects without it: 28000, and the alert names TLS", async () => {
      const seen = await refused(false);
      expect((seen.error as { code?: string } | undefined)?.code).toBe("28000");
      expect(seen.error?.message).toMatch(/^no pg_hba\.conf entry for host .*, no encryption$/);
      expect(seen.counts).toEqual({ "28000": 2 });
      expect(seen.status).toBe("unavailable");
      expect(seen.reason).toMatch(/^cannot connect: 28000 \(no pg_hba\.conf entry for host .*, no encryption\)$/);
      expect(seen.alert).toMatch(/^Pool 'main' connection error: 28000 \(no pg_hba\.conf entry .*, no encryption; refused with none of its max 2 connections open: it cannot serve\); /);
      expect(seen.alert).toContain(
        "the server accepts this login only over TLS (a `hostssl` line in pg_hba.conf, \"no encryption\") and the " +
          "pool connects without it: set the pool's `ssl` (or `sslmode=require` in its connection string)",
      );
    });

    it("the pool refuses the server's certificate: its code as the kind, and the alert names the certificate", async () => {
      const seen = await refused(true);
      expect((seen.error as { code?: string } | undefined)?.code).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
      expect(seen.counts).toEqual({ DEPTH_ZERO_SELF_SIGNED_CERT: 2 });
      expect(seen.status).toBe("unavailable");
      expect(seen.reason).toBe("cannot connect: DEPTH_ZERO_SELF_SIGNED_CERT (self-signed certificate)");
      expect(seen.alert).toBe(
        "Pool 'main' connection error: DEPTH_ZERO_SELF_SIGNED_CERT (self-signed certificate; no TLS connection could " +
          "be made, with none of its max 2 connections open: it cannot serve); the server offers TLS " +
          "and the pool does not trust its certificate (self-signed, an unknown authority, expired, or for another " +
          "host name): give the pool the authority that signed it (`ssl: { ca }`), or fix the certificate",
      );
    });

    it("and with the certificate accepted, the same pool is ready", async () => {
      const seen = await refused({ rejectUnauthorized: false });
      expect(seen.error).toBeUndefined();
      expect(seen.counts).toEqual({});
      expect(seen.status).toBe("ok");
    });

    it("TLS turned off by a reload under a pool with TLS sessions open: it serves with those, and stays ready", async () => {
      const pool = new pg.Pool({ connectionString: database.url, ssl: { rejectUnauthorized: false }, max: 3 });
      const logger = new RecordingLogger();
      const monitor = new PoolMonitor({ logger, intervalMs: 600_000 }).watch(pool, { name: "main" }).start();
      const held = [await pool.connect(), await pool.connect()];
      cleanups.push(
        () => pool.end(),
        () => monitor.stop(),
        () => held.forEach((client) => client.release()),
      );
      await admin.query("ALTER SYSTEM SET ssl = off");
      await admin.query("SELECT pg_reload_conf()");
      cleanups.push(async () => {
        await admin.query("ALTER SYSTEM RESET ssl");
        await admin.query("SELECT pg_reload_conf()");
      });
      // The reload is asynchronous: a TLS login refused is the sign that it took.
      for (;;) {
        const probe = new pg.Client({ connectionString: database.url, ssl: { rejectUnauthorized: false } });
        probe.on("error", () => {});
        const failed = await probe.connect().then(
          () => false,
          () => true,
        );
        await probe.end().catch(() => {});
        if (failed) break;
      }
      // None idle to borrow: the probe's own connection asks for TLS and is refused; the two open ones go on, but a
      // caller that finds none idle gets a new connection of a pool below its max, refused too (drill mm; before, `ok`).
      const ready = await monitor.readiness();
      expect(monitor.stats()[0]!.connectionErrors).toEqual({ ssl: 1 });
      expect(ready.status).toBe("unavailable");
      expect(ready.pools[0]).toMatchObject({
        totalCount: 2,
        idleCount: 0,
        reason:
          "cannot connect: The server does not support SSL connections, and none of its 2 open connections is idle: a " +
          "checkout opens a new connection (the pool is below its max 3), which fails the same way",
      });
      for (const client of held) expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      expect(logger.lines.find((line) => line.message.includes("connection error(s)"))?.message).toBe(
        "Pool 'main' connection error(s): 1 since the last report (ssl ×1); last: The server does not support SSL " +
          "connections (no TLS connection could be made, with 2 of its max 3 connections open, none idle: no new " +
          "connection can be opened now; the 2 serve only while one is idle, and a caller that finds none fails the " +
          "same way)",
      );
    });
  });
});
