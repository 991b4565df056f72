// Source: Eniola3321/Revora-Backend — src/db/migrations/safety/executor.ts (MigrationExecutor.getAppliedMigrations, safeRelease), reduced by hand, not copied
// Label: safe
// Why: the finally calls safeRelease(client), a helper of this file that releases its `unknown` parameter under `typeof c === 'object' && c !== null && typeof c.release === 'function'`, a test every pool client passes
import type { Pool } from 'pg';

function safeRelease(client: unknown): void {
  if (
    typeof client === 'object' &&
    client !== null &&
    typeof (client as { release?: unknown }).release === 'function'
  ) {
    ((client as { release: () => void }).release)();
  }
}

export class MigrationExecutor {
  constructor(private pool: Pool) {}

  async getAppliedMigrations(): Promise<string[]> {
    const client = await this.pool.connect();
    try {
      const result = await client.query('SELECT version FROM schema_version ORDER BY version');
      return result.rows.map((row) => row.version);
    } finally {
      safeRelease(client);
    }
  }
}
