import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Pool } from "pg";

export const DATABASE_CONNECTION = "database_connection";

export type Database = NodePgDatabase & {
  $client: Pool;
};
