// Source: MeiyappanKannappa/next-pg-cache — src/pgclient.ts (revalidateTag), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is kept in the function's own `let client` and never released (the deletes run on the pool); the pool comes from getPgClient(), a function of the same file that returns `new Pool(…)`
import pg from "pg";
const { Pool } = pg;

export async function getPgClient() {
  const config = { host: process.env.POSTGRES_HOST, database: process.env.POSTGRES_DBNAME };
  if (process.env.DB_SSL_ENABLED) {
    return new Pool({ ssl: { rejectUnauthorized: false }, ...config });
  } else {
    return new Pool(config);
  }
}

export async function revalidateTag(tags: string | string[]) {
  let client;
  try {
    const c = await getPgClient();
    client = await c.connect();
    const list = [tags].flat();
    for (const tag of list) {
      await c.query("DELETE FROM cache WHERE tags @> ARRAY[$1]", [tag]);
    }
  } catch (error) {
    console.error("revalidate failed", error);
    return;
  } finally {
    return;
  }
}
