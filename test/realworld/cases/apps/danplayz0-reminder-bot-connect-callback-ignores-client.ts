// Source: DanPlayz0/Reminder-Bot — src/sql/pool.ts at 3fe30aab (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Discord reminder bot's pool module calls `pool.connect(() => { … })` at load to log and create its tables: the callback declares neither the client nor `done`, so the client pg checks out for it is never released (the table DDL goes through `pool.query`)
import configuration from "@/configuration";
import { Pool } from "pg";
import * as timezones from "@/sql/timezones";
import * as reminders from "@/sql/reminders";

const pool = new Pool({ connectionString: configuration.postgres_url, keepAlive: true, idleTimeoutMillis: 30000, connectionTimeoutMillis: 5000 });
export default pool;

pool.connect(() => {
  console.log("Connected to Postgres");
  timezones.createTable();
  reminders.createTable();
});

pool.on("error", (err) => {
  console.error("Unexpected error on idle Postgres client", err);
});
