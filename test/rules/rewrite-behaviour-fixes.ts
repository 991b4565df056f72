// Snippets for rewrite-behaviour.test.ts, which runs each before and after its rewrite. Each is a module exporting
// `run(pool, input, log)` over the table `items (id serial, v text)`; `log` records side effects in order.
// These are the shapes prefer-with-client's tests assert a fix for (named after the case).
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
    // rewrite-30: no longer refused as an async function handed to a call — the value is an array, no thenable.
    name: "an array of promises returned (`return [input].map(label)`), awaited by the caller",
    rule: "prefer-with-client",
    inputs: ["m"],
    code: `${HEAD}async function label(v: string) {
  return "#" + v;
}
async function labels(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    log.push("inserted");
    return [input].map(label);
  } finally {
    client.release();
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  return await Promise.all(await labels(pool, input, log));
}`,
  },
  {
    // rewrite-30: the pattern reads `plain` only; the getter of `row` (a promise) does not run.
    name: "a getter destructured by name beside one that gives a promise (`const { plain } = lazy`)",
    rule: "prefer-with-client",
    inputs: ["p"],
    code: `${HEAD}async function label(v: string) {
  return "#" + v;
}
const lazy = { get row() { return label("row"); }, get plain() { return "plain"; } };
export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    const { plain } = lazy;
    log.push(plain);
    return plain;
  } finally {
    client.release();
  }
}`,
  },
  {
    // rewrite-31: a list of storing functions visited by an arrow function — its parameter followed, a plain value stored.
    name: "a storing function called from a list's forEach (`fns.forEach((f) => f(plain))`), its store returned",
    rule: "prefer-with-client",
    inputs: ["f"],
    code: `${HEAD}let pending: unknown = null;
const keeper = { keep(p: unknown) { pending = p; } };
export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    const fns = [keeper.keep];
    fns.forEach((f) => f({ v: input }));
    log.push("stored");
    return pending;
  } finally {
    client.release();
  }
}`,
  },
  {
    // rewrite-31: the spread runs every getter (the promise of `row` dropped in both), the value is `plain`'s.
    name: "a spread copy read by one name beside a getter that gives a promise (`{ ...lazy }.plain`)",
    rule: "prefer-with-client",
    inputs: ["s"],
    code: `${HEAD}async function label(v: string) {
  return "#" + v;
}
const lazy = { get row() { return label("row"); }, get plain() { return "plain"; } };
export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    const plain = { ...lazy }.plain;
    log.push(plain);
    return plain;
  } finally {
    client.release();
  }
}`,
  },
  {
    // rewrite-31: an array's own map leaves it as it is; the value is an array of promises, no thenable.
    name: "an array of promises from a `const` array's map (`const ids = [input]; return ids.map(label)`), awaited by the caller",
    rule: "prefer-with-client",
    inputs: ["c"],
    code: `${HEAD}async function label(v: string) {
  return "#" + v;
}
async function labels(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    log.push("inserted");
    const ids = [input];
    return ids.map(label);
  } finally {
    client.release();
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  return await Promise.all(await labels(pool, input, log));
}`,
  },
];
