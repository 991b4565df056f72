// Source: Elter71/nestjs-pgmq — packages/nestjs-pgmq/src/pgmq.module.ts (PgmqModule.forRootAsync, the connection provider's useFactory), reduced by hand, not copied
// Label: safe
// Why: the provider factory checks the extension on a checkout released in the inner finally, whatever the inner branch throws
import { Pool, type PoolConfig } from "pg";

export const PGMQ_CONNECTION = Symbol("PGMQ_CONNECTION");

type Options = { connection: PoolConfig; installExtension?: boolean };

export const connectionProvider = {
  provide: PGMQ_CONNECTION,
  useFactory: async (opt: Options) => {
    const pool = new Pool(opt.connection);
    const installExtension = opt.installExtension ?? true;
    try {
      const client = await pool.connect();
      try {
        if (installExtension) {
          await client.query("CREATE EXTENSION IF NOT EXISTS pgmq CASCADE;");
          console.log("PGMQ extension initialized successfully");
        } else {
          const { rowCount } = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgmq'`);
          if (!rowCount) throw new Error('PGMQ not found: schema "pgmq" is missing');
          console.log("PGMQ verified successfully");
        }
      } finally {
        client.release();
      }
    } catch (e) {
      await pool.end();
      throw e;
    }
    return pool;
  },
  inject: ["PGMQ_OPTIONS"],
};
