// Source: dbos-inc/dbos-transact-ts — packages/pgnotifier-receive/tests/dbtriggers.test.ts (the DBTrigger config), reduced by hand, not copied
// Label: hand-over
// Why: `connect` returns the checkout's promise to the trigger, whose `disconnect` releases it
import { Pool, type ClientBase, type PoolClient } from "pg";

declare class DBTrigger {
  constructor(cfg: { connect: () => Promise<ClientBase>; disconnect: (c: ClientBase) => Promise<void> });
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const trigger = new DBTrigger({
  connect: async () => {
    const conn = pool.connect();
    return conn;
  },
  disconnect: async (c: ClientBase) => {
    (c as PoolClient).release();
    return Promise.resolve();
  },
});
