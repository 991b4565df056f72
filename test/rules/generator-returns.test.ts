// no-leaked-client: an async generator that holds a client across a `yield` (drizzle-team/waddler's node-postgres
// stream). A consumer that stops iterating early resumes it there with `return()`: only `finally` blocks run, so a
// release at the end of the `try` and in its `catch` is skipped. Each invalid case sits next to its valid twin; a plain
// generator (which co may drive, its `yield` an `await` that never returns early) stays as it was.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A generator method streaming rows (waddler's shape): the checkout on line 7, the `yield` on line 10; then `tail`. */
const stream = (star: string, tail: string) => `import { Pool } from "pg";
const pool = new Pool();
export class Rows {
  ${star}stream(sql) {
    let client;
    try {
      client = await pool.connect();
      const result = await client.query(sql);
      for (const row of result.rows) {
        yield row;
      }
${tail}`;

/** Released at the end of the try and in its catch, which rethrows. */
const CATCH_ONLY = `      client.release();
    } catch (error) {
      client?.release();
      throw new Error("stream failed", { cause: error });
    }
  }
}`;

ruleTester.run("no-leaked-client: a consumer that stops an async generator early", rule, {
  valid: [
    {
      name: "the same stream released in the finally",
      code: stream(
        "async *",
        `    } finally {
      client?.release();
    }
  }
}`,
      ),
    },
    {
      name: "the same stream as a plain generator: co may drive it, and its yield is then an await",
      code: stream("*", CATCH_ONLY).replaceAll("await ", "yield "),
    },
    {
      name: "released in a finally: the early return runs it",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function* rows(sql) {
  const client = await pool.connect();
  try {
    const result = await client.query(sql);
    for (const row of result.rows) {
      yield row;
    }
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "the rows are read and the client released before the first yield",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function* rows(sql) {
  const client = await pool.connect();
  let result;
  try {
    result = await client.query(sql);
  } catch (error) {
    client.release();
    throw error;
  }
  client.release();
  for (const row of result.rows) {
    yield row;
  }
}`,
    },
    {
      name: "a plain generator driven by co: its yield is an await, released at the end and in the catch",
      code: `const co = require("co");
const { Pool } = require("pg");
const pool = new Pool();
module.exports = co.wrap(function* (sql) {
  const client = yield pool.connect();
  try {
    const result = yield client.query(sql);
    client.release();
    return result.rows;
  } catch (error) {
    client.release();
    throw error;
  }
});`,
    },
    {
      name: "a yield in a callback defined inside the generator is that callback's own",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function* batches(sql) {
  const client = await pool.connect();
  let pages;
  try {
    const result = await client.query(sql);
    pages = (function* () {
      yield result.rows;
    })();
    client.release();
  } catch (error) {
    client.release();
    throw error;
  }
  yield* pages;
}`,
    },
  ],
  invalid: [
    {
      name: "released at the end of the try and in its catch: a break out of for await skips both",
      code: stream("async *", CATCH_ONLY),
      errors: [{ messageId: "stoppedAtYield", data: { pool: "pool", line: 10 }, line: 7, column: 22, suggestions: [] }],
    },
    {
      name: "the try has a finally that does not release: the early return passes it and leaves",
      code: stream(
        "async *",
        `      client.release();
    } catch (error) {
      client?.release();
      throw error;
    } finally {
      console.log("stream ended");
    }
  }
}`,
      ),
      errors: [{ messageId: "stoppedAtYield", data: { pool: "pool", line: 10 }, line: 7, column: 22, suggestions: [] }],
    },
  ],
});
