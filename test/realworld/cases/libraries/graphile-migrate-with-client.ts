// Source: graphile/migrate — src/pgReal.ts (withClient), reduced by hand, not copied
// Label: safe
// Why: the settings query and the callback run in the inner try; `await Promise.resolve(pgClient.release())` is in its finally
import type { Pool, PoolClient } from "pg";

interface PoolDetails {
  pool: Pool;
  database: string;
  release(): void;
}

declare function poolFor(connectionString: string): PoolDetails;

export async function withClient<T>(connectionString: string, pgSettings: Record<string, string> | undefined, callback: (pgClient: PoolClient, database: string) => Promise<T>): Promise<T> {
  const details = poolFor(connectionString);
  const { pool: pgPool, database } = details;
  try {
    const pgClient = await pgPool.connect();
    try {
      if (pgSettings) {
        const values: string[] = [];
        const fragments: string[] = [];
        for (const [key, value] of Object.entries(pgSettings)) {
          values.push(key, value);
          fragments.push(`pg_catalog.set_config($${values.length - 1}::text, $${values.length}::text, false)`);
        }
        if (fragments.length) {
          await pgClient.query({ text: `select ${fragments.join(", ")}`, values });
        }
      }
      return await callback(pgClient, database);
    } finally {
      await Promise.resolve(pgClient.release());
    }
  } finally {
    details.release();
  }
}
