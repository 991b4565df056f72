// Source: American-Forests/pg_zero_migration — src/migration.ts at d0aff2a (handleStatusCommand), reduced by hand, not copied
// Label: safe
// Why: the CLI's status command takes `Pool` from a dynamic `await import('pg')`, checks out inside an outer try whose finally ends the pool, and releases in an inner try/finally around the status queries; `process.exit(0)` comes only after the release
import { parseDatabaseUrl } from "./utils";

export async function handleStatusCommand(destUrl: string, json: boolean): Promise<void> {
  const destConfig = parseDatabaseUrl(destUrl);
  if (!json) {
    console.log(`Destination: ${destConfig.host}:${destConfig.port}/${destConfig.database}`);
  }

  const { Pool } = await import("pg");
  const pool = new Pool({
    ...destConfig,
    ssl: destConfig.ssl !== false ? { rejectUnauthorized: false } : false,
  });

  try {
    const client = await pool.connect();

    try {
      const shadowExists = await client.query("SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = 'shadow')");
      const shadowSchemaExists = shadowExists.rows[0].exists as boolean;
      let shadowTableCount = 0;
      if (shadowSchemaExists) {
        const tables = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'shadow'");
        shadowTableCount = tables.rows[0].n;
      }
      if (json) {
        console.log(JSON.stringify({ shadowSchemaExists, shadowTableCount }));
      } else if (shadowSchemaExists && shadowTableCount > 0) {
        console.log("Status: READY FOR SWAP");
      } else {
        console.log("Status: NO MIGRATION PREPARED");
      }
    } finally {
      client.release();
    }

    process.exit(0);
  } catch (error) {
    console.error("Failed to get migration status:", error);
    process.exit(1);
  } finally {
    await pool.end();
  }
}
