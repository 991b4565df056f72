// Source: Tminww/shekshuev.github.io — docs/databases/development/js/design/database-connection.md at 4ce9b26 (the rowMode example), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a databases course's lesson (a copy of shekshuev's course site) checks a client out of a Pool for a `rowMode: "array"` query and finishes with `await client.end()` instead of `release()`; the pool keeps counting it as checked out, and a failed query skips even the end
import pg from "pg";
const { Pool } = pg;

const pool = new Pool();

const client = await pool.connect();
const result = await client.query({ rowMode: "array", text: "SELECT 1 AS one, 2 AS two" });
console.log(result.fields[0].name, result.rows);
await client.end();
