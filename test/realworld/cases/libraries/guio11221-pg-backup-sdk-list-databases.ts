// Source: guio11221/pg-backup-sdk — src/postgres.ts (listDatabases), reduced by hand, not copied
// Label: safe
// Why: the backup tool lists databases from pg_database on a dedicated `pg.Client` (not a pool checkout), connected before the try and ended in its finally
import { Client } from "pg";
import { config } from "./config.js";

export async function listDatabases(): Promise<string[]> {
  const client = new Client({
    host: config.pg.host,
    port: config.pg.port,
    user: config.pg.user,
    password: config.pg.password,
    database: config.pg.adminDatabase,
  });

  await client.connect();

  try {
    const result = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datistemplate = false AND datallowconn = true ORDER BY datname ASC",
    );
    const ignored = new Set(config.backup.ignoreDatabases);
    return result.rows.map((row) => row.datname).filter((name) => !ignored.has(name));
  } finally {
    await client.end();
  }
}
