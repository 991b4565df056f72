// Source: betagouv/preuve-covoiturage — api/src/db/geo/Migrator.ts (Migrator.prepare), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the awaited CREATE SCHEMA sits between connect() and `client.release()` with no try; the pool is a `pg.Pool` of `import pg from "dep:pg"` (Deno import map)
import { logger } from "@/lib/logger/index.ts";
import pg from "dep:pg";

export class Migrator {
  constructor(
    readonly pool: pg.Pool,
    readonly config: { targetSchema: string },
    readonly dbStateManager: { install(): Promise<void> },
  ) {}

  async prepare(): Promise<void> {
    logger.info("[db] Connecting to database");
    const client = await this.pool.connect();
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.config.targetSchema}`);
    client.release();
    logger.info("[db] Connected!");
    await this.dbStateManager.install();
  }
}
