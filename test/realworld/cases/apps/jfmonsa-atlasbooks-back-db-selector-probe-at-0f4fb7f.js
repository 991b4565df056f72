// Source: jfmonsa/AtlasBooks-back — src/db.js at 0f4fb7f (the module's start-up probe, "fix selector de base de datos"; the later src/config/db.js Database.initialize, before and after e0b7d19, are cases of their own), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the probe's connect callback takes only `err`: it throws on a failed connect and otherwise logs, but never releases the client it was given, so one pooled connection is held from start-up on, whichever of the two pools the `if` picked
import pg from "pg";
const { Pool } = pg;

let pool = null;

const BD = "local"; // "local" or "remota"

if (BD == "remota") {
  pool = new Pool({
    connectionString: process.env.POSTGRES_URL,
  });
} else {
  pool = new Pool({
    user: process.env.LOCALDB_USER,
    host: process.env.LOCALDB_HOST,
    database: process.env.LOCALDB_NAME,
    password: process.env.LOCALDB_PASSWORD,
    port: process.env.LOCALDB_PORT,
  });
}
pool.connect((err) => {
  if (err) throw err;
  console.log(`Connected to the ${BD} database`);
});

export { pool };
