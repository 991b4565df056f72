// Source: https://github.com/brianc/node-postgres/issues/2119 (the reporter's main(), "Cursor closed twice when used in async iterable"), reduced by hand, not copied
// Label: safe
// Why: every stream is consumed inside a try whose finally releases the connection; the thread's crash is inside pg-cursor, not a client left out
const { Pool } = require("pg");
const QueryStream = require("pg-query-stream");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function* stream(query, values, { highWaterMark = 1 } = {}) {
  const qs = new QueryStream(query, values, { highWaterMark });
  this.query(qs);
  return yield* qs;
}

const main = async () => {
  const connection = await pool.connect();
  try {
    for await (const item of stream.call(connection, "SELECT TRUE")) break;
    for await (const item of stream.call(connection, "SELECT TRUE")) break;
  } finally {
    await connection.release();
  }
};

main();
