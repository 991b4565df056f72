// Source: dwelch2344/slyway — src/adapters/pg.ts (PgAdapter.migrate), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release sits after COMMIT inside the try; when a migration fails the catch rolls back and rethrows without releasing
import type pg from "pg";

interface MigrationFile {
  name: string;
  sql: string;
}

export class PgAdapter {
  #client: pg.Pool;
  constructor(pool: pg.Pool) {
    this.#client = pool;
  }

  async migrate(...migrations: MigrationFile[]): Promise<string[]> {
    const tx = await this.#client.connect();
    const migrated: string[] = [];
    try {
      await tx.query("BEGIN");
      for (const m of migrations) {
        await tx.query(m.sql);
        migrated.push(m.name);
      }
      await tx.query("COMMIT");
      tx.release();
    } catch (err) {
      console.warn("something went wrong", err);
      await tx.query("ROLLBACK");
      throw err;
    }
    return migrated;
  }
}
