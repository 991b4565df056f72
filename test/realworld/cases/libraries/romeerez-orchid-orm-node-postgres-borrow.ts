// Source: romeerez/orchid-orm — packages/pqb/src/adapters/node-postgres.ts (adapter.borrow / adapter.release), reduced by hand, not copied
// Label: hand-over
// Why: `borrow` returns the checkout to the ORM, whose caller gives it back through the adapter's `release`
import type { Pool, PoolClient } from "pg";

export const nodePostgresAdapter = {
  borrow(pool: Pool): Promise<PoolClient> {
    return pool.connect();
  },

  release(client: PoolClient): void {
    client.release();
  },
};
