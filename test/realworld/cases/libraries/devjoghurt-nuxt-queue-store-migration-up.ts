// Source: DevJoghurt/nuxt-queue — packages/adapter-store-postgres/src/runtime/migrations.ts (migration 1, up), reduced by hand, not copied
// Label: safe
// Why: a migration step in an array of object literals takes the pool as a typed parameter; BEGIN…COMMIT in the try, ROLLBACK in the catch, release in the finally
import type { Pool } from "pg";

interface Migration {
  version: number;
  name: string;
  up: (pool: Pool, prefix: string, schema: string) => Promise<void>;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: "optimized_flat_schema",
    up: async (pool: Pool, prefix: string, schema: string) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.${prefix}_schema_version (version INTEGER PRIMARY KEY)`);
        await client.query(`INSERT INTO ${schema}.${prefix}_schema_version (version) VALUES (1) ON CONFLICT DO NOTHING`);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  },
];
