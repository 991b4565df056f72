// Source: gajus/postgres-bridge — README.md (usage example; the bridge's tests are the code behind node-postgres issue #2778), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the example checks a connection out of the pg-compatible pool and never releases it (its query even goes through another object)
import postgres from "postgres";
import { createPostgresBridge } from "postgres-bridge";

const PostgresBridge = createPostgresBridge(postgres);

const pool = new PostgresBridge({
  host: "localhost",
  user: "database-user",
  max: 20,
  idleTimeoutMillis: 30000,
  connectionTimeoutMillis: 2000,
});

const connection = await pool.connect();

await connection.query("SELECT $1::text as name", ["foo"]);
