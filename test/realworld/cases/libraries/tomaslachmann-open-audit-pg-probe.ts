// Source: tomaslachmann/open-audit — src/adapters/pg.ts (PgAdapter constructor's connect callback), reduced by hand, not copied
// Label: safe
// Why: the connect callback passed to the base adapter checks a client out and releases it on the next statement
import type { Pool } from "pg";

declare class CreatePostgresAdapter {
  constructor(connect: () => Promise<void>, query: (sql: string, values?: unknown[]) => Promise<unknown>, debug: boolean);
}

export class PgAdapter extends CreatePostgresAdapter {
  constructor(pool: Pool, debug = false) {
    super(
      async () => {
        const client = await pool.connect();
        client.release();
      },
      (sql, values) => pool.query(sql, values),
      debug,
    );
  }
}
