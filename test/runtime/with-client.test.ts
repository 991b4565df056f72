import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, expectTypeOf, inject, it } from "vitest";
import { withClient, withTransaction } from "../../src/runtime/index.js";

const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4 });
const table = `with_client_${randomUUID().replaceAll("-", "")}`;

beforeAll(async () => {
  await pool.query(`CREATE TABLE ${table} (id int PRIMARY KEY, note text)`);
});

afterAll(async () => {
  await pool.query(`DROP TABLE IF EXISTS ${table}`);
  await pool.end();
});

async function noteOf(id: number): Promise<string | undefined> {
  const { rows } = await pool.query<{ note: string }>(`SELECT note FROM ${table} WHERE id = $1`, [id]);
  return rows[0]?.note;
}

async function backendAlive(pid: number): Promise<boolean> {
  const { rows } = await pool.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid]);
  return rows.length === 1;
}

describe("withClient", () => {
  it("hands fn a client, returns its result and gives the client back", async () => {
    const before = pool.idleCount;
    const pid = await withClient(pool, async (client) => {
      expect(pool.totalCount - pool.idleCount).toBeGreaterThanOrEqual(1);
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      return rows[0]!.pid;
    });
    expect(pid).toBeTypeOf("number");
    expect(pool.idleCount).toBe(Math.max(before, 1));
    expect(pool.totalCount).toBe(pool.idleCount);
  });

  it("gives the client back when fn throws, and rethrows fn's error", async () => {
    const failure = new Error("handler failed");
    await expect(
      withClient(pool, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(pool.totalCount).toBe(pool.idleCount);
  });

  // withClient reads fn's error to learn whether the server ended the session (with-client-killed.test.ts).
  it("rethrows fn's own error, and gives the client back, when reading that error throws", async () => {
    const hostile = {
      get severity(): string {
        throw new Error("getter");
      },
    };
    await expect(
      withClient(pool, async () => {
        throw hostile;
      }),
    ).rejects.toBe(hostile);
    expect(pool.totalCount).toBe(pool.idleCount);
  });

  it("lets fn's return type flow out", async () => {
    const number = withClient(pool, async () => 42);
    const object = withTransaction(pool, async () => ({ id: "a" }));
    expectTypeOf(number).toEqualTypeOf<Promise<number>>();
    expectTypeOf(object).toEqualTypeOf<Promise<{ id: string }>>();
    // Both really run: awaited, so their clients are back before the next test counts the pool's idle clients.
    expect(await number).toBe(42);
    expect(await object).toEqual({ id: "a" });
  });
});

describe("withTransaction", () => {
  it("commits what fn wrote", async () => {
    const result = await withTransaction(pool, async (client) => {
      await client.query(`INSERT INTO ${table} VALUES (1, 'committed')`);
      return "done";
    });
    expect(result).toBe("done");
    expect(await noteOf(1)).toBe("committed");
    expect(pool.totalCount).toBe(pool.idleCount);
  });

  it("rolls back when fn throws: the write is not there, the original error comes out", async () => {
    const failure = new Error("validation failed after the insert");
    await expect(
      withTransaction(pool, async (client) => {
        await client.query(`INSERT INTO ${table} VALUES (2, 'rolled back')`);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await noteOf(2)).toBeUndefined();
    // The client went back clean: the next transaction on it starts fresh.
    const status = await withClient(pool, async (client) => (await client.query("SELECT 1 AS one")).rows[0].one);
    expect(status).toBe(1);
  });

  it("rolls back a failed statement and rethrows PostgreSQL's error", async () => {
    await pool.query(`INSERT INTO ${table} VALUES (3, 'first')`);
    const error = await withTransaction(pool, async (client) => {
      await client.query(`INSERT INTO ${table} VALUES (4, 'inside')`);
      await client.query(`INSERT INTO ${table} VALUES (3, 'duplicate')`);
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "23505" });
    expect(await noteOf(4)).toBeUndefined();
  });

  it("destroys the client when ROLLBACK itself fails, instead of returning it to the pool", async () => {
    const failure = new Error("work failed");
    let pid = 0;
    const totalBefore = await withClient(pool, async () => pool.totalCount);
    await expect(
      withTransaction(pool, async (client) => {
        pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
        // Fault injection on a real connection: the connection stays healthy, only this ROLLBACK fails, so
        // release() would put it back in the pool; only release(err) closes it.
        const query = client.query.bind(client);
        client.query = ((text: unknown, ...rest: unknown[]) =>
          text === "ROLLBACK"
            ? Promise.reject(new Error("rollback failed"))
            : (query as (...args: unknown[]) => unknown)(text, ...rest)) as typeof client.query;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(pool.totalCount).toBe(totalBefore - 1);
    await expect.poll(() => backendAlive(pid), { timeout: 5000 }).toBe(false);
  });

  it("survives its backend being terminated mid-transaction: error out, dead client dropped, pool still serves", async () => {
    const error = await withTransaction(pool, async (client) => {
      const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      // Keep an error listener as an application would: the termination also arrives as a client `error` event.
      client.on("error", () => {});
      await pool.query("SELECT pg_terminate_backend($1)", [pid]);
      await client.query(`INSERT INTO ${table} VALUES (5, 'lost')`);
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await noteOf(5)).toBeUndefined();
    expect(pool.totalCount).toBe(pool.idleCount);
    expect(await withClient(pool, async (client) => (await client.query("SELECT 2 AS two")).rows[0].two)).toBe(2);
  });

  it("applies the isolation level and read-only mode", async () => {
    const seen = await withTransaction(
      pool,
      async (client) => {
        const isolation = (await client.query("SHOW transaction_isolation")).rows[0].transaction_isolation;
        const readOnly = (await client.query("SHOW transaction_read_only")).rows[0].transaction_read_only;
        return { isolation, readOnly };
      },
      { isolationLevel: "serializable", readOnly: true },
    );
    expect(seen).toEqual({ isolation: "serializable", readOnly: "on" });

    const error = await withTransaction(
      pool,
      async (client) => {
        await client.query(`INSERT INTO ${table} VALUES (6, 'read only')`);
      },
      { readOnly: true },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "25006" });
    expect(await noteOf(6)).toBeUndefined();

    const repeatable = await withTransaction(
      pool,
      async (client) => (await client.query("SHOW transaction_isolation")).rows[0].transaction_isolation,
      { isolationLevel: "repeatable read", readOnly: false },
    );
    expect(repeatable).toBe("repeatable read");
  });

  it("rejects an unknown isolation level before taking a client", async () => {
    const idle = pool.idleCount;
    const total = pool.totalCount;
    await expect(
      withTransaction(pool, async () => 1, { isolationLevel: "chaos" as "serializable" }),
    ).rejects.toThrow('withTransaction: `isolationLevel` must be one of "read uncommitted", "read committed", "repeatable read", "serializable", got "chaos"');
    expect([pool.idleCount, pool.totalCount]).toEqual([idle, total]);
  });

  it("rejects options that are not an object (null, a string) with a clear error, before taking a client", async () => {
    const idle = pool.idleCount;
    const total = pool.totalCount;
    await expect(withTransaction(pool, async () => 1, null as unknown as undefined)).rejects.toThrow(
      'withTransaction: the third argument must be an options object such as { isolationLevel: "serializable" } or left out, got null',
    );
    await expect(withTransaction(pool, async () => 1, "serializable" as unknown as undefined)).rejects.toThrow(
      "or left out, got string",
    );
    expect([pool.idleCount, pool.totalCount]).toEqual([idle, total]);
    // Left out, or undefined, still means a plain BEGIN.
    expect(await withTransaction(pool, async () => 2, undefined)).toBe(2);
  });
});
