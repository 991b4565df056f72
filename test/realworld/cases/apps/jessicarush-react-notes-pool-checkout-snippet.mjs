// Source: jessicarush/react-notes — databases.md (the "create your own client connection and release it yourself" snippet), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the notes' top-level checkout releases only after the query resolves, with no try/finally: a failed query leaves the client checked out
import { Pool } from "pg";

const pool = new Pool();

const client = await pool.connect();
const result = await client.query("SELECT NOW()");
client.release();

console.log(result.rows[0]);
