// Source: roelandmoors/authjs-adapter-sql — tests/pg.test.ts (buildPgHelpers(() => pool.connect())), reduced by hand, not copied
// Label: hand-over
// Why: the arrow returns the checkout to the helpers, whose execute and query release it in their own finally (src/drivers/pg.ts)
import { Pool, type PoolClient } from "pg";

declare function buildPgHelpers(getConnection: () => Promise<PoolClient>): { execute(sql: string): Promise<unknown> };

const pool = new Pool({ connectionString: "postgres://postgres:postgres@localhost:5432/postgres" });

export const pgHelpers = buildPgHelpers(() => pool.connect());

export async function disconnect() {
  await pool.end();
}
