// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/connection.ts (PostgreSQLConnectionManager.testConnection), reduced by hand, not copied
// Label: safe
// Why: the health check releases the client on the line after connect() and only then returns true; a failed connect() lands in the catch with nothing checked out
import type { Pool } from "pg";

interface PostgreSQLConnection {
  pool: Pool;
  schema: string;
}

export class ConnectionManagerSketch {
  protected async testConnection(connection: PostgreSQLConnection): Promise<boolean> {
    try {
      const client = await connection.pool.connect();
      client.release();
      return true;
    } catch {
      return false;
    }
  }
}
