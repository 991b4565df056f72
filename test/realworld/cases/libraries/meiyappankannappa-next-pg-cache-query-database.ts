// Source: MeiyappanKannappa/next-pg-cache — src/pgclient.ts (queryDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await c.connect()` checks a client out of the pool and drops it; the query then runs on the pool and nothing ever releases the checkout
import pg from "pg";

declare function getPgClient(): Promise<pg.Pool>;

export async function queryDatabase() {
  let c: pg.Pool;
  try {
    c = await getPgClient();
    await c.connect();
    const result = await c.query("SELECT now()");
    console.log(result?.rows);
  } catch (error) {
    console.error("query failed", error);
  }
}
