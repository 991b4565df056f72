// Source: Pixelworlds/postgres-multi-mcp-server — src/database.ts (DatabaseManager.executeWithConnection), reduced by hand, not copied
// Label: safe
// Why: a dedicated Client for the database currently selected among the configured ones; connect() is inside the try and the finally ends the client on every path
import { Client } from 'pg';

export class DatabaseManager {
  private databases: Record<string, { url: string; ssl?: boolean }> = {};
  private currentDatabase: string = '';

  createConnection(): Client {
    const dbConfig = this.databases[this.currentDatabase];
    return new Client({ connectionString: dbConfig.url, connectionTimeoutMillis: 10000, ...(dbConfig.ssl ? { ssl: { rejectUnauthorized: false } } : {}) });
  }

  async executeWithConnection<T>(operation: (client: Client) => Promise<T>): Promise<T> {
    const client = this.createConnection();
    try {
      await client.connect();
      return await operation(client);
    } finally {
      await client.end();
    }
  }
}
