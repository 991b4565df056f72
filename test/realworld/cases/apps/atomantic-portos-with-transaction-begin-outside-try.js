// Source: atomantic/PortOS — server/lib/db.js at ff2419056 (withTransaction, before PR #7022 "preserve original withTransaction error and evict dead pool clients"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await client.query('BEGIN')` runs after connect() and before the try whose finally releases: a rejected BEGIN (dead socket, terminated backend) leaves the client checked out
import pg from "pg";

const pool = new pg.Pool({ max: 10 });

const WRITE_GUARD = {
  get(target, prop, receiver) {
    if (prop !== "query") return Reflect.get(target, prop, receiver);
    return (sql, values) => {
      assertWriteAllowed(typeof sql === "string" ? sql : sql.text);
      return target.query(sql, values);
    };
  },
};

function assertWriteAllowed(sql) {
  if (process.env.NODE_ENV === "test" && /^\s*(insert|update|delete)/i.test(sql)) {
    throw new Error("write blocked outside the test database");
  }
}

export async function withTransaction(fn) {
  const client = await pool.connect();
  const guarded = new Proxy(client, WRITE_GUARD);
  await client.query("BEGIN");
  let result;
  try {
    result = await fn(guarded);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
  return result;
}
