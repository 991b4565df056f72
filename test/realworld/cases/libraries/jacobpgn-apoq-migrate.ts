// Source: jacobpgn/apoq — src/migrate.ts (migrate), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the migration runs a chain of awaited queries with the release only at the end and no try/finally: any failing migration statement keeps the client (and its open transaction)
import { Pool } from "pg";

export const migrate = async (pool: Pool, { migrationTable = "apoq_migrations" } = {}): Promise<void> => {
  const client = await pool.connect();

  await client.query(`BEGIN; SELECT pg_advisory_xact_lock(97112111113);
    CREATE TABLE IF NOT EXISTS ${migrationTable} (version integer NOT NULL UNIQUE);`);

  const completed = (await client.query(`SELECT version FROM ${migrationTable}`)).rows.map((row) => row.version);

  const pending = getMigrations().filter((migration) => !completed.includes(migration.version));
  pending.sort((a, b) => a.version - b.version);

  for (const migration of pending) {
    await client.query(migration.up);
    await client.query(`INSERT INTO ${migrationTable}(version) VALUES ($1)`, [migration.version]);
  }

  await client.query("COMMIT");
  client.release();
};

const getMigrations = () => [{ version: 1, up: "CREATE TABLE apoq_tasks (id bigserial PRIMARY KEY)" }];
