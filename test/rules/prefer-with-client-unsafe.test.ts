// The shapes prefer-with-client reports but never fixes: moving the body into a callback could change what it does
// or stop it compiling. Each keeps its code unchanged (output: null) and names the reason in the message; a few
// boundary twins that are fixed stand next to the case they bound.
import rule from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const noFix = (code: string, reason: string, line = 2, column = 3) => ({
  code,
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line,
      column,
      data: { client: "client", pool: "pool", helper: "withClient", reason },
    },
  ],
});

ruleTester.run("prefer-with-client (no fix)", rule, {
  valid: [],
  invalid: [
    noFix(
      `async function* rows(pool) {
  const client = await pool.connect();
  try {
    yield await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      "the body uses `yield`",
    ),
    noFix(
      `async function f(pool, ids) {
  for (const id of ids) {
    const client = await pool.connect();
    try {
      if (!id) break;
      await client.query("SELECT $1", [id]);
    } finally {
      client.release();
    }
  }
}`,
      "`break` leaves the body",
      3,
      5,
    ),
    noFix(
      `async function f(pool, ids) {
  outer: for (const id of ids) {
    const client = await pool.connect();
    try {
      for (const x of [1, 2]) {
        if (x === id) continue outer;
      }
      await client.query("SELECT $1", [id]);
    } finally {
      client.release();
    }
  }
}`,
      "`continue` leaves the body",
      3,
      5,
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT $1", [arguments[1]]);
  } finally {
    client.release();
  }
}`,
      "the body uses `arguments`",
    ),
    {
      code: `class Repo extends Base {
  async load() {
    const client = await this.pool.connect();
    try {
      await super.load(client);
    } finally {
      client.release();
    }
  }
}`,
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 3, column: 5, data: { client: "client", pool: "this.pool", helper: "withClient", reason: "the body uses `super`" } }],
    },
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    var total = (await client.query("SELECT count(*) FROM t")).rows[0].count;
  } finally {
    client.release();
  }
  return total;
}`,
      "`total` is declared in the body and used after it",
    ),
    noFix(
      `async function f(pool) {
  let rows;
  const client = await pool.connect();
  try {
    rows = (await client.query("SELECT 1")).rows;
  } finally {
    client.release();
  }
  return rows;
}`,
      "the body assigns `rows`, which is read after the block and has no declared type to carry it out",
      3,
    ),
    // Its boundary twins: with a declared type, or in plain JavaScript, the value is assigned back from the result.
    {
      code: `async function f(pool) {
  let rows: unknown[] = [];
  const client = await pool.connect();
  try {
    rows = (await client.query("SELECT 1")).rows;
  } finally {
    client.release();
  }
  return rows;
}`,
      output: `import { withClient } from "poolguard/runtime";
async function f(pool) {
  let rows: unknown[] = [];
  rows = await withClient(pool, async (client) => {
    rows = (await client.query("SELECT 1")).rows;
    return rows;
  });
  return rows;
}`,
      errors: [{ messageId: "preferWithClient" as const, line: 3, column: 3 }],
    },
    {
      code: `async function f(pool) {
  let rows = [];
  const client = await pool.connect();
  try {
    rows = (await client.query("SELECT 1")).rows;
  } finally {
    client.release();
  }
  return rows;
}`,
      filename: "handler.js",
      output: `import { withClient } from "poolguard/runtime";
async function f(pool) {
  let rows = [];
  rows = await withClient(pool, async (client) => {
    rows = (await client.query("SELECT 1")).rows;
    return rows;
  });
  return rows;
}`,
      errors: [{ messageId: "preferWithClient" as const, line: 3, column: 3 }],
    },
    noFix(
      `async function f(pool) {
  let count = 0;
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT 1");
    if (rows.length === 0) return null;
    count = rows.length;
  } finally {
    client.release();
  }
  return count;
}`,
      "the body returns on some paths, and the code after it uses `count` from it",
      3,
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    await pool.end();
  } finally {
    client.release();
  }
}`,
      "`pool.end()` would run while the callback holds the client (`end()` waits for it, a second checkout can too)",
    ),
    // Several reasons at once: the message names the first one checked — the body's shapes (in source order), then the
    // enclosing function, then the pool's uses, then the bindings — wherever each stands in the code (the rewrite
    // gathers them in one walk, and must keep that order).
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await pool.end();
    await client.query("SELECT $1", [arguments[0]]);
  } finally {
    client.release();
  }
}`,
      "the body uses `arguments`",
    ),
    noFix(
      `function f(pool) {
  const client = await pool.connect();
  try {
    await pool.end();
  } finally {
    client.release();
  }
}`,
      "the enclosing function is not `async`",
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  client.query("SELECT 2");
}`,
      "`client` is used after the block",
    ),
    noFix(
      `async function f(pool, other) {
  let client = await pool.connect();
  try {
    client = other;
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      "the client variable `client` is reassigned",
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release(true);
  }
}`,
      "`release()` gets an argument (that destroys the client; the helper cannot)",
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
    metrics.done();
  }
}`,
      "the `finally` block does more than release the client",
    ),
    noFix(
      `async function f(pool, id) {
  const client = await pool.connect();
  try {
    if (!id) return null;
    await client.query("DELETE FROM t WHERE id = $1", [id]);
  } finally {
    client.release();
  }
  return id;
}`,
      "the body returns on some paths but not all, and code follows the block",
    ),
    noFix(
      `async function f(pool, name: string | undefined) {
  if (!name) return;
  const client = await pool.connect();
  try {
    await client.query("SELECT $1", [name.trim()]);
  } finally {
    client.release();
  }
  name = undefined;
}`,
      "`name` is reassigned after the block or in its loop (TypeScript would drop its narrowing inside the callback)",
      3,
    ),
    noFix(
      `async function f(pool, next: () => string | null) {
  let cursor: string | null = "";
  for (;;) {
    cursor = next();
    if (cursor === null) break;
    const client = await pool.connect();
    try {
      await client.query("SELECT $1", [cursor.length]);
    } finally {
      client.release();
    }
  }
}`,
      "`cursor` is reassigned after the block or in its loop (TypeScript would drop its narrowing inside the callback)",
      6,
      5,
    ),
    // TypeScript never carries a property's narrowing into a closure, whatever the root: graphile/crystal's test
    // helpers call `options.callback` inside `if (options.callback)`, and the fix made that `possibly 'undefined'`
    // (found by check-rewrites --typecheck).
    noFix(
      `async function run(pool, options: { callback?: (c: unknown) => Promise<void> }) {
  if (options.callback) {
    const client = await pool.connect();
    try {
      await options.callback(client);
    } finally {
      client.release();
    }
  }
}`,
      "`options.callback` is narrowed before the block (TypeScript forgets a property's narrowing inside the callback)",
      3,
      5,
    ),
    // Twin: plain JavaScript is not type-checked, so nothing is lost there.
    {
      code: `async function run(pool, options) {
  if (options.callback) {
    const client = await pool.connect();
    try {
      await options.callback(client);
    } finally {
      client.release();
    }
  }
}`,
      filename: "file.js",
      output: `import { withClient } from "poolguard/runtime";
async function run(pool, options) {
  if (options.callback) {
    await withClient(pool, async (client) => {
      await options.callback(client);
    });
  }
}`,
      errors: [{ messageId: "preferWithClient" as const, line: 3, column: 5 }],
    },
    // Twin: a guard that narrows nothing for sure when it fails (`a && b`), as the-control-group/authx's mutations
    // validate `input.id`, keeps the fix; so does a property the body only assigns.
    {
      code: `async function create(pool, input: { id?: string | null }, state: { done: boolean }) {
  if (typeof input.id === "string" && !valid(input.id)) throw new Error("bad id");
  if (state.done) return;
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO t (id) VALUES ($1)", [input.id ?? null]);
    state.done = true;
  } finally {
    client.release();
  }
}`,
      output: `import { withClient } from "poolguard/runtime";
async function create(pool, input: { id?: string | null }, state: { done: boolean }) {
  if (typeof input.id === "string" && !valid(input.id)) throw new Error("bad id");
  if (state.done) return;
  await withClient(pool, async (client) => {
    await client.query("INSERT INTO t (id) VALUES ($1)", [input.id ?? null]);
    state.done = true;
  });
}`,
      errors: [{ messageId: "preferWithClient" as const, line: 4, column: 3 }],
    },
    // The body releases the client itself and the `finally` releases it again (pg throws; no-use-after-release reports
    // it): withClient would release it a second time too, and the rewrite would hide the bug. Round twenty-one.
    noFix(
      `async function ensureColumn(pool) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT 1 FROM information_schema.columns WHERE column_name = 'c'");
    if (rows.length === 0) {
      client.release();
      return;
    }
    await client.query("CREATE INDEX IF NOT EXISTS t_c ON t (c)");
  } finally {
    client.release();
  }
}`,
      "the `try` block releases the client too, and the `finally` releases it again (pg throws there: fix that first)",
    ),
    // …in its `catch`, which moves into the callback with the body.
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    client.release();
    throw error;
  } finally {
    client.release();
  }
}`,
      "the `try` block releases the client too, and the `finally` releases it again (pg throws there: fix that first)",
    ),
    // Another client's release in the body is no release of this one: fixed.
    {
      code: `async function f(pool, other) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    other.release();
  } finally {
    client.release();
  }
}`,
      output: `import { withClient } from "poolguard/runtime";
async function f(pool, other) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
    other.release();
  });
}`,
      errors: [{ messageId: "preferWithClient" as const, line: 2, column: 3 }],
    },
    // An early exit narrows too.
    noFix(
      `async function touch(pool, job: { last: { id: number } | null }) {
  if (job.last === null) return;
  const client = await pool.connect();
  try {
    await client.query("UPDATE jobs SET seen = now() WHERE id = $1", [job.last.id]);
  } finally {
    client.release();
  }
}`,
      "`job.last` is narrowed before the block (TypeScript forgets a property's narrowing inside the callback)",
      3,
    ),
  ],
});
