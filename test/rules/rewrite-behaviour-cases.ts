// The snippets whose rewrite rewrite-behaviour.test.ts runs before and after. Each is a module exporting
// `run(pool, input, log)` over the table `items (id serial, v text)`; `log` records side effects in order. They are
// the shapes the rules' own tests assert a rewrite for (named after the case), and reductions of rewrites seen on
// public repositories (named after the repository; written here, not copied).
import type { BehaviourCase } from "../support/rewrite-behaviour.js";

const HEAD = `import type { Pool } from "pg";\n`;

/** prefer-with-client's fix: the manual `connect(); try { … } finally { release(); }` pattern. */
export const fixCases: BehaviourCase[] = [
  {
    name: "the try block's inside moves as it is; code after the block stays after it",
    rule: "prefer-with-client",
    inputs: ["a", "b"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    log.push("inserted");
    await client.query("UPDATE items SET v = v || '!'");
  } finally {
    client.release();
  }
  log.push("after");
}`,
  },
  {
    name: "a return inside the body (one early): the helper's value is returned",
    rule: "prefer-with-client",
    inputs: ["seed", "missing"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  await pool.query("INSERT INTO items (v) VALUES ('seed')");
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT id, v FROM items WHERE v = $1", [input]);
    if (rows.length === 0) return null;
    log.push("found");
    return rows[0];
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "BEGIN … COMMIT, return of a computed value, ROLLBACK and rethrow: withTransaction",
    rule: "prefer-with-client",
    inputs: [2],
    code: `${HEAD}export async function run(pool: Pool, input: number, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ('x'), ('y')");
    const { rows } = await client.query("UPDATE items SET v = v || $1 RETURNING v", [String(input)]);
    log.push(rows.length);
    await client.query("COMMIT");
    return rows;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "no semicolons, a lowercase `begin;`, code after the block: withTransaction",
    rule: "prefer-with-client",
    inputs: ["row"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect()
  try {
    await client.query('begin;')
    await client.query('INSERT INTO items (v) VALUES ($1)', [input])
    await client.query(\`COMMIT\`)
  } catch (e) {
    await client.query('ROLLBACK')
    throw e
  } finally {
    client.release()
  }
  log.push('saved')
}`,
  },
  {
    name: "a ROLLBACK without rethrow: withClient keeps the try/catch, the error is swallowed as before",
    rule: "prefer-with-client",
    inputs: ["kept"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    await client.query("COMMIT");
  } catch (error) {
    log.push((error as Error).message);
    await client.query("ROLLBACK");
  } finally {
    client.release();
  }
  return "done";
}`,
  },
  {
    name: "`this.pool` and `this` in a method body (the arrow keeps the method's `this`)",
    rule: "prefer-with-client",
    inputs: ["m"],
    code: `${HEAD}class Store {
  constructor(private pool: Pool, private log: unknown[]) {}
  private label(v: string) { this.log.push("label " + v); return v.toUpperCase(); }
  async save(v: string) {
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING id", [this.label(v)]);
      return rows[0].id;
    } finally {
      client.release();
    }
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  return new Store(pool, log).save(input);
}`,
  },
  {
    name: "every path of the body returns, the code after the block is dead either way",
    rule: "prefer-with-client",
    inputs: [true, false],
    code: `${HEAD}export async function run(pool: Pool, input: boolean, log: unknown[]) {
  const client = await pool.connect();
  try {
    if (input) {
      await client.query("INSERT INTO items (v) VALUES ('yes')");
      return 1;
    }
    return 0;
  } finally {
    client.release();
  }
  log.push("unreachable");
}`,
  },
  {
    name: "a counter of one plain type, read in the body and advanced after it",
    rule: "prefer-with-client",
    inputs: [3],
    code: `${HEAD}export async function run(pool: Pool, input: number, log: unknown[]) {
  let offset = 0;
  while (offset < input) {
    const client = await pool.connect();
    try {
      await client.query("INSERT INTO items (v) VALUES ($1)", ["n" + offset]);
    } finally {
      client.release();
    }
    offset += 1;
    log.push(offset);
  }
  return offset;
}`,
  },
  {
    name: "a loop with its own break/continue inside the body",
    rule: "prefer-with-client",
    inputs: [["a", "", "stop", "b"]],
    code: `${HEAD}export async function run(pool: Pool, input: string[], log: unknown[]) {
  const client = await pool.connect();
  try {
    for (const v of input) {
      if (v === "") continue;
      if (v === "stop") break;
      await client.query("INSERT INTO items (v) VALUES ($1)", [v]);
      log.push(v);
    }
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "BEGIN and COMMIT without a ROLLBACK: withClient keeps the statements",
    rule: "prefer-with-client",
    inputs: ["t"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    await client.query("COMMIT");
    log.push("committed");
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "an early return before COMMIT: withClient keeps the transaction as it is",
    rule: "prefer-with-client",
    inputs: ["keep", "skip"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    if (input === "skip") return "open";
    await client.query("COMMIT");
    return "committed";
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "COMMIT, then a return whose member chain throws when nothing matched",
    rule: "prefer-with-client",
    inputs: ["present", "absent"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ('present')");
    const { rows } = await client.query("SELECT id FROM items WHERE v = $1", [input]);
    await client.query("COMMIT");
    return rows[0].id;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "the let form without a catch",
    rule: "prefer-with-client",
    inputs: ["l"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  let client;
  try {
    client = await pool.connect();
    const { rows } = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING v", [input]);
    log.push(rows[0].v);
  } finally {
    client?.release();
  }
  return "ok";
}`,
  },
  {
    name: "the let form with a catch that does not use the client: it stays around the call",
    rule: "prefer-with-client",
    inputs: ["c"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  let client;
  try {
    client = await pool.connect();
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    return (await client.query("SELECT count(*)::int AS n FROM items")).rows[0].n;
  } catch (error) {
    log.push("caught " + (error as Error).message);
    return -1;
  } finally {
    if (client) client.release();
  }
}`,
  },
  {
    name: "the let form of a transaction: withTransaction",
    rule: "prefer-with-client",
    inputs: ["lt"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  let client;
  try {
    client = await pool.connect();
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    await client.query("INSERT INTO items (v) VALUES ($1)", [input + "2"]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client?.release();
  }
  log.push("after");
}`,
  },
  {
    name: "an outer variable with a declared type, assigned in the body and read after it",
    rule: "prefer-with-client",
    inputs: [["p", "q"]],
    code: `${HEAD}export async function run(pool: Pool, input: string[], log: unknown[]) {
  let total: number = 0;
  const client = await pool.connect();
  try {
    for (const v of input) {
      await client.query("INSERT INTO items (v) VALUES ($1)", [v]);
      total += 1;
    }
  } finally {
    client.release();
  }
  log.push(total);
  return total * 10;
}`,
  },
  {
    name: "a catch that returns a fallback stays inside the callback",
    rule: "prefer-with-client",
    inputs: ["f"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    return (await client.query("SELECT v FROM items")).rows;
  } catch (error) {
    log.push("fallback");
    return [];
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "a nested try/finally whose cleanup logs, inside the body",
    rule: "prefer-with-client",
    inputs: ["n"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    try {
      await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
      await client.query("INSERT INTO items (v) VALUES ($1)", [input + input]);
    } finally {
      log.push("inner finally");
    }
    log.push("after inner");
  } finally {
    client.release();
  }
  log.push("after block");
}`,
  },
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
];

/** no-leaked-client's suggestion: the code that holds a leaking client moves into the callback. */
export const suggestionCases: BehaviourCase[] = [
  {
    name: "released, but not in a finally: the value used after the release flows out",
    rule: "no-leaked-client",
    inputs: ["r"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
  const result = await client.query("SELECT count(*)::int AS n FROM items");
  client.release();
  log.push("released");
  return result.rows[0];
}`,
  },
  {
    name: "an early return leaks; the try whose finally only released is unwrapped",
    rule: "no-leaked-client",
    inputs: [null, "e"],
    code: `${HEAD}export async function run(pool: Pool, input: string | null, log: unknown[]) {
  const client = await pool.connect();
  if (input === null) return null;
  try {
    return (await client.query("INSERT INTO items (v) VALUES ($1) RETURNING v", [input])).rows[0];
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "work before the try: the catch stays, the finally clause goes",
    rule: "no-leaked-client",
    inputs: ["w"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  await client.query("SET statement_timeout = 5000");
  try {
    return await client.query(\`INSERT INTO items (v)
VALUES ($1) RETURNING id\`, [input]).then((r) => r.rows);
  } catch (error) {
    log.push("failed: " + (error as Error).message);
    throw error;
  } finally {
    client.release(); // back to the pool
  }
}`,
  },
  {
    name: "inside a branch, not the last statement: the code after the block stays after it",
    rule: "no-leaked-client",
    inputs: [["a", "b"], []],
    code: `${HEAD}export async function run(pool: Pool, input: string[], log: unknown[]) {
  if (input.length > 0) {
    const client = await pool.connect();
    for (const v of input) await client.query("INSERT INTO items (v) VALUES ($1)", [v]);
    client.release();
  }
  log.push("synced");
}`,
  },
  {
    name: "released early in a branch whose other work does not use the pool",
    rule: "no-leaked-client",
    inputs: ["x", "none"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT id FROM items WHERE v = $1", [input]);
  if (rows.length === 0) {
    client.release();
    log.push("nothing to update");
    return 0;
  }
  await client.query("UPDATE items SET v = 'seen' WHERE id = $1", [rows[0].id]);
  log.push("updated");
  return rows[0].id;
}`,
  },
  {
    name: "never released, awaited work: the callback holds the client exactly as long as the work runs",
    rule: "no-leaked-client",
    inputs: ["never"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
  log.push("inserted");
}`,
  },
  {
    name: "two values flow out (one a let reassigned later); the logging after the release stays after",
    rule: "no-leaked-client",
    inputs: ["two"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  const inserted = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING id", [input]);
  let count = (await client.query("SELECT count(*)::int AS n FROM items")).rows[0].n;
  client.release();
  log.push("released");
  count += 100;
  return [inserted.rows[0].id, count];
}`,
  },
  {
    name: "an outer variable with a declared type, assigned while the client is held and read after",
    rule: "no-leaked-client",
    inputs: ["o"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  let id: number = -1;
  const client = await pool.connect();
  id = (await client.query("INSERT INTO items (v) VALUES ($1) RETURNING id", [input])).rows[0].id;
  client.release();
  log.push(id);
  return id;
}`,
  },
  {
    name: "the let form: the declaration goes, the checkout statement becomes the call",
    rule: "no-leaked-client",
    inputs: ["let"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  let client;
  client = await pool.connect();
  await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
  client.release();
  log.push("done");
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
    // Without the catch, the suggestion is refused: withClient would give the client back inside the failed
    // transaction (prefer-with-client-leak-suggestion.test.ts).
    name: "BEGIN … COMMIT in a try whose catch rolls back and rethrows, released after the try",
    rule: "no-leaked-client",
    inputs: ["tx"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    await client.query("INSERT INTO items (v) VALUES ($1)", [input + "2"]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  client.release();
  log.push("committed");
}`,
  },
];
