// Source: rufaromugabe/n8n-nodes-postgres-memory-advanced — nodes/MemoryPostgresAdvanced/MemoryPostgresAdvanced.node.ts (supplyData, the non-public schema check), reduced by hand, not copied
// Label: safe
// Why: the CREATE SCHEMA runs in an inner try whose finally releases; the outer try/catch only turns a failed checkout or query into a warning
import type { ISupplyDataFunctions, SupplyData } from "n8n-workflow";
import pg from "pg";

async function configurePostgresPool(credentials: { host: string; database: string }): Promise<pg.Pool> {
  const { Pool } = await import("pg");
  return new Pool({ host: credentials.host, database: credentials.database });
}

export async function supplyData(this: ISupplyDataFunctions, itemIndex: number): Promise<SupplyData> {
  const credentials = await this.getCredentials<{ host: string; database: string }>("postgres");
  const schemaName = this.getNodeParameter("schemaName", itemIndex, "public") as string;

  const pool = await configurePostgresPool(credentials);

  if (schemaName && schemaName.toLowerCase() !== "public") {
    try {
      const client = await pool.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schemaName)}`);
      } finally {
        client.release();
      }
    } catch (error) {
      this.logger.warn(`Could not create schema ${schemaName}: ${(error as Error).message}`);
    }
  }

  return { response: pool };
}
