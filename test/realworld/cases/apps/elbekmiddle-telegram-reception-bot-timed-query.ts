// Source: elbekmiddle/telegram_reception_bot — src/db/pg.ts at 024e739 (query), reduced by hand, not copied
// Label: safe
// Why: beside a Prisma client on `@prisma/adapter-pg`, the bot keeps a raw pool cached on globalThis (`globalPg.pgPool ?? new Pool(…)`); query() checks out, sets a local statement_timeout and runs the query inside a try whose finally releases
import { Pool, type QueryResult, type QueryResultRow } from "pg";

const globalPg = globalThis as unknown as { pgPool?: Pool };

export const pgPool = globalPg.pgPool ?? new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

if (process.env.NODE_ENV !== "production") globalPg.pgPool = pgPool;

export async function query<T extends QueryResultRow>(text: string, params: unknown[] = [], timeoutMs = 5000): Promise<QueryResult<T>> {
  const client = await pgPool.connect();
  try {
    await client.query(`SET LOCAL statement_timeout = ${Math.max(1, timeoutMs)}`);
    return await client.query<T>(text, params);
  } finally {
    client.release();
  }
}
