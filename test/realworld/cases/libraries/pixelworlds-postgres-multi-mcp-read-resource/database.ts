// Reduced by hand from Pixelworlds/postgres-multi-mcp-server src/database.ts: the configured database the user switched to, a pg Pool built for it per call.
import { Pool } from 'pg';

export class DatabaseManager {
  private databases: Record<string, { url: string }> = {};
  private currentDatabase = '';

  switchDatabase(databaseName: string): void {
    if (!this.databases[databaseName]) throw new Error(`Database configuration '${databaseName}' not found`);
    this.currentDatabase = databaseName;
  }

  getCurrentPool(): Pool {
    return new Pool({ connectionString: this.databases[this.currentDatabase].url, max: 1 });
  }
}
