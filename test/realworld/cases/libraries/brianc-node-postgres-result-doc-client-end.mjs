// Source: brianc/node-postgres — docs/pages/apis/result.mdx at c9e57617 (the `result.fields` example), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the example checks a client out of a Pool and finishes with `await client.end()`, never `client.release()`: the pool still counts it as checked out (issue #2101: `pool.end()` then waits forever), and a failed query skips even the end
import pg from "pg";
const { Pool } = pg;

const pool = new Pool();

const client = await pool.connect();
const result = await client.query({
  rowMode: "array",
  text: "SELECT 1 as one, 2 as two;",
});
console.log(result.fields[0].name);
console.log(result.fields[1].name);
console.log(result.rows);
await client.end();
