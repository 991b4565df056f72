// Source: saltcorn/saltcorn — packages/postgres/postgres.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the module's getClient returns the pool's checkout to its caller (withTransaction, the table models, the multi-node mutex), which releases it
import { Pool, type PoolClient } from "pg";

let pool: Pool | null = null;

export const changeConnection = async (connectionString: string): Promise<void> => {
  await pool?.end();
  pool = new Pool({ connectionString });
};

export const query = (text: string, params?: unknown[]) => pool!.query(text, params);

// Only for PG.
export const getClient = async (): Promise<PoolClient> => await pool!.connect();
