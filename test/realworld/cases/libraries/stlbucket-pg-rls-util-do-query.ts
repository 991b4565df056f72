// Source: stlbucket/pg-rls-util — src/pg-client.ts (doQuery), reduced by hand, not copied
// Label: safe
// Why: the client is declared before the try, checked out inside it, and released in the finally when it was obtained
const { Pool } = require("pg");

let pool: any;

const initPool = async (connectionString?: string) => {
  if (!connectionString) throw new Error("config.connectionString required");
  pool = new Pool({ connectionString });
};

export const doQuery = async (sql: string, params?: string[]) => {
  let client;
  await initPool(process.env.DATABASE_URL);
  try {
    client = await pool.connect();
    const result = await client.query(sql, params);
    return result;
  } catch (e) {
    console.log("ERROR: PGCLIENT:", String(e));
    throw e;
  } finally {
    if (client) client.release();
  }
};
