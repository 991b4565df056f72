// Snippets for rewrite-behaviour.test.ts, which runs each before and after its rewrite. Each is a module exporting
// `run(pool, input, log)` over the table `items (id serial, v text)`; `log` records side effects in order.
// These are reductions of rewrites read on public repositories (named after the repository; written here, not
// copied): shapes the rules' own tests do not have.
import type { BehaviourCase } from "../support/rewrite-behaviour.js";

const HEAD = `import type { Pool } from "pg";\n`;

export const realCodeCases: BehaviourCase[] = [
  {
    name: "a return inside an outer try whose finally looks at the pool: the client is back before it runs (supabase/pg-toolbelt's benchmark-remote, reduced)",
    rule: "prefer-with-client",
    inputs: [3],
    code: `${HEAD}export async function run(pool: Pool, input: number, log: unknown[]) {
  try {
    const client = await pool.connect();
    try {
      await client.query("SELECT 1");
      const samples: number[] = [];
      for (let i = 0; i < input; i++) samples.push((await client.query("SELECT $1::int AS n", [i])).rows[0].n);
      log.push("samples taken");
      return { first: samples[0], count: samples.length };
    } finally {
      client.release();
    }
  } finally {
    log.push("held in the outer finally: " + (pool.totalCount - pool.idleCount));
  }
}`,
  },
  {
    name: "a transaction around the caller's callback, its catch rolls back (ignoring a failed ROLLBACK) and wraps the error in a method with `this` (HenkDz/postgresql-mcp-server's transaction, reduced)",
    rule: "prefer-with-client",
    inputs: ["ok", "throw"],
    code: `${HEAD}class Connection {
  lastError: Error | undefined;
  constructor(private pool: Pool, private log: unknown[]) {}
  async transaction<T>(callback: (client: any) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await callback(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        this.log.push("rollback failed");
      }
      this.lastError = error instanceof Error ? error : new Error(String(error));
      throw new Error("Transaction failed: " + this.lastError.message);
    } finally {
      client.release();
    }
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  const connection = new Connection(pool, log);
  try {
    return await connection.transaction(async (client) => {
      await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
      if (input === "throw") throw new Error("callback failed");
      return "stored";
    });
  } finally {
    log.push("last error: " + connection.lastError?.message);
  }
}`,
  },
  {
    name: "a catch whose ROLLBACK's own failure is ignored with .catch, then rethrows (supabase/pg-toolbelt's extract, reduced)",
    rule: "prefer-with-client",
    inputs: ["e"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL search_path TO pg_catalog, public");
    const { rows } = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING v", [input]);
    await client.query("COMMIT");
    log.push(rows[0].v);
    return rows.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "the file's own withClient(fn): poolguard's comes in under a free name, and the helper does not call itself (chrisissin/slack-rag's db/pool.js, reduced)",
    rule: "prefer-with-client",
    inputs: ["own"],
    code: `${HEAD}let shared: Pool;
export async function withClient<T>(fn: (client: any) => Promise<T>): Promise<T> {
  const client = await shared.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  shared = pool;
  return withClient(async (client) => (await client.query("INSERT INTO items (v) VALUES ($1) RETURNING id", [input])).rows[0].id);
}`,
  },
  {
    name: "the let form whose catch returns what logging the error returns (CamiSerantoni/Mi_repertorio's Delete_Cancion, reduced)",
    rule: "prefer-with-client",
    inputs: ["gone"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  await pool.query("INSERT INTO items (v) VALUES ($1)", [input]);
  let client;
  try {
    client = await pool.connect();
    const result = await client.query("DELETE FROM items WHERE v = $1", [input]);
    return result.rowCount;
  } catch (error) {
    return log.push("error deleting: " + (error as Error).message);
  } finally {
    if (client) {
      client.release();
    }
  }
}`,
  },
  {
    name: "released in the try and in its catch (emirdincer1989/BankAccountsTracking's connection test, reduced)",
    rule: "no-leaked-client",
    inputs: ["t"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  try {
    const client = await pool.connect();
    const result = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING v", [input]);
    log.push("connected: " + result.rows[0].v);
    client.release();
  } catch (err) {
    log.push("connection test failed");
    throw err;
  }
}`,
  },
  {
    name: "a transaction whose catch rolls back and swallows, released after it (Migxelito/Mi_Banco's nuevo, reduced)",
    rule: "no-leaked-client",
    inputs: ["bank"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const res = await client.query({ text: "INSERT INTO items (v) VALUES ($1) RETURNING *", values: [input] });
    log.push(res.rows.length);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    log.push("error message: " + (error as Error).message);
  }
  client.release();
}`,
  },
  {
    name: "BEGIN before the try, COMMIT in a finally unless the catch rolled back (nalanj/pg-ist's tx, reduced)",
    rule: "no-leaked-client",
    inputs: ["ok", "throw"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  await client.query("BEGIN");
  let caught = false;
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    if (input === "throw") throw new Error("fn failed");
    return "value";
  } catch (e) {
    caught = true;
    await client.query("ROLLBACK");
    throw e;
  } finally {
    if (!caught) {
      await client.query("COMMIT");
    }
    client.release();
  }
}`,
  },
  {
    name: "BEGIN ISOLATION LEVEL before a try whose finally rolls back (graphile/starter's test helper, reduced)",
    rule: "no-leaked-client",
    inputs: ["rolled back"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE;");
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    log.push((await client.query("SELECT count(*)::int AS n FROM items")).rows[0].n);
  } finally {
    await client.query("ROLLBACK;");
    client.release();
  }
}`,
  },
  {
    name: "BEGIN before a try whose finally commits, then releases in a nested finally (graphile/postgraphile's withPostGraphileContext, reduced)",
    rule: "no-leaked-client",
    inputs: ["committed"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const pgClient = await pool.connect();
  await pgClient.query("begin");
  try {
    if (input) await pgClient.query("SET LOCAL statement_timeout = 5000");
    return await pgClient.query("INSERT INTO items (v) VALUES ($1) RETURNING id", [input]).then((r) => r.rows);
  } finally {
    try {
      await pgClient.query("commit");
    } finally {
      pgClient.release();
    }
  }
}`,
  },
  {
    // The unguarded original (no catch) gets no suggestion: the failed transaction would go back to the pool.
    name: "BEGIN opening a template with placeholders, a catch that rolls back, released after the try (jacobpgn/apoq's migrate, reduced)",
    rule: "no-leaked-client",
    inputs: [["1", "2"], []],
    code: `${HEAD}const LOCK_KEY = 97112111113;
export async function run(pool: Pool, input: string[], log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query(\` BEGIN;
      SELECT pg_advisory_xact_lock(\${LOCK_KEY});\`);
    for (const version of input) await client.query("INSERT INTO items (v) VALUES ($1)", [version]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  client.release();
  log.push("migrated");
}`,
  },
  {
    name: "blank lines around the held code, the query's result flows out, a catch around it all (kcde/postgres-API's dbquery, reduced)",
    rule: "no-leaked-client",
    inputs: ["SELECT 1 AS one", "SELECT nope"],
    code: `${HEAD}export async function run(db: Pool, input: string, log: unknown[]) {
  try {
    const connect = await db.connect();

    const result = await connect.query(input);

    connect.release();

    return result.rows;
  } catch (err) {
    log.push("failed");
    throw err;
  }
}`,
  },
  {
    name: "blank lines after BEGIN and before COMMIT, no semicolons: withTransaction (DevJoghurt/nuxt-queue's migrations, reduced)",
    rule: "prefer-with-client",
    inputs: ["v1"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')

    // the version row first
    await client.query('INSERT INTO items (v) VALUES ($1)', [input])

    await client.query(\`UPDATE items SET v = v || '-applied'\`)

    await client.query('COMMIT')
  }
  catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
  finally {
    client.release()
  }
  log.push('migrated')
}`,
  },
  {
    name: "a query helper that awaits the release on the straight path (tdamant/transactions-api's PostgresDatabase.query, reduced)",
    rule: "no-leaked-client",
    inputs: ["ok", "SELECT nope"],
    code: `${HEAD}class PostgresDatabase {
  constructor(private pool: Pool) {}
  async query(sqlStatement: string) {
    const client = await this.pool.connect();
    const result = await client.query(sqlStatement);
    await client.release();
    return result;
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  const database = new PostgresDatabase(pool);
  await database.query("INSERT INTO items (v) VALUES ('" + input + "')");
  const result = await database.query(input === "ok" ? "SELECT v FROM items" : input);
  log.push(result.rows.map((row) => row.v).join(","));
}`,
  },
  {
    name: "a transaction whose finally awaits the release, its catch rolls back and returns the error (pt3-labs-contractor/PT3Labs_Contractor_BE's db query, reduced)",
    rule: "prefer-with-client",
    inputs: ["ok", "throw"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING v", [input]);
    if (input === "throw") throw new Error("refused: " + result.rows[0].v);
    await client.query("COMMIT");
    return result.rows[0].v;
  } catch (error) {
    await client.query("ROLLBACK");
    log.push("rolled back");
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.release();
  }
}`,
  },
  {
    name: "a snapshot read: BEGIN, the caller's callback returned from the try, ROLLBACK in the finally before the release (Emurgo/yoroi-graphql-migration-backend's pgSnapshotRead, reduced)",
    rule: "no-leaked-client",
    inputs: ["a", "throw"],
    code: `import type { Pool, PoolClient } from "pg";
async function snapshotRead<T>(pool: Pool, cb: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    return await cb(client);
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  return await snapshotRead(pool, async (client) => {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM items WHERE v = $1", [input]);
    log.push("counted " + rows[0].n);
    if (input === "throw") throw new Error("callback failed");
    return rows[0].n;
  });
}`,
  },
  {
    name: "a class method computes a value between the checkout and the try, returns it from the try, and wraps the error in its catch (ocoda/event-sourcing's ensureCollection, reduced)",
    rule: "no-leaked-client",
    inputs: ["a"],
    code: `${HEAD}const Collection = { get: (name: string) => name.toUpperCase() };
class Store {
  constructor(private pool: Pool, private log: unknown[]) {}
  async ensure(name: string): Promise<string> {
    const connection = await this.pool.connect();
    const collection = Collection.get(name);
    try {
      await connection.query("BEGIN");
      await connection.query("INSERT INTO items (v) VALUES ($1)", [collection]);
      await connection.query("COMMIT");
      this.log.push("created " + collection);
      return collection;
    } catch (error) {
      await connection.query("ROLLBACK");
      throw new Error("cannot create " + collection + ": " + (error as Error).message);
    } finally {
      connection.release();
    }
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  return await new Store(pool, log).ensure(input);
}`,
  },
  {
    name: "counters declared before the checkout, counted in a transaction (a `continue` in its loop) and returned after it (AlexSrkn/stock-dashboard's persistFinancials, reduced)",
    rule: "prefer-with-client",
    inputs: [["a", "", "b"]],
    code: `${HEAD}class Repository {
  constructor(private pool: Pool) {}
  async persist(values: string[]): Promise<{ inserted: number; skipped: number }> {
    let inserted = 0;
    let skipped = 0;
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      for (const value of values) {
        if (value === "") {
          skipped++;
          continue;
        }
        await client.query("INSERT INTO items (v) VALUES ($1)", [value]);
        inserted++;
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
    return { inserted, skipped };
  }
}
export async function run(pool: Pool, input: string[], log: unknown[]) {
  const counts = await new Repository(pool).persist(input);
  log.push(counts);
  return counts;
}`,
  },
];
