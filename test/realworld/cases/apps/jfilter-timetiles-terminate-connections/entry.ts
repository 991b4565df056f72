// Source: jfilter/timetiles — apps/web/lib/database/operations.ts (terminateConnections), reduced by hand, not copied
// Label: safe
// Why: the database helper makes a dedicated Client (./client.ts's `createDatabaseClient`, a `new Client`), and connects and terminates the target database's backends inside a try whose finally awaits `client.end()`
import { createDatabaseClient } from "./client";

export const terminateConnections = async (databaseName: string): Promise<void> => {
  const client = createDatabaseClient({ database: "postgres" });
  try {
    await client.connect();
    await client.query(
      `SELECT pg_terminate_backend(pg_stat_activity.pid)
       FROM pg_stat_activity
       WHERE pg_stat_activity.datname = $1 AND pid <> pg_backend_pid()`,
      [databaseName],
    );
  } finally {
    await client.end();
  }
};
