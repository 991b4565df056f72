// Source: jfilter/timetiles — apps/web/lib/database/client.ts (createDatabaseClient), reduced by hand, not copied
import { Client } from "pg";

export const createDatabaseClient = (options: { connectionString?: string; database?: string } = {}): Client => {
  if (options.connectionString) {
    return new Client({ connectionString: options.connectionString });
  }
  return new Client({ host: "localhost", port: 5432, user: "timetiles_user", database: options.database ?? "postgres" });
};
