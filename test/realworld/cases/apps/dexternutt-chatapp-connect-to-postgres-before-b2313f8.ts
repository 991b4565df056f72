// Source: DexterNutt/chatapp — src/lib/postgres.ts at b2313f8^ (connectToPostgres, before "Update database connections and script for migrations"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check `await pool.connect()` drops the client it resolves to and returns the pool, so one connection stays checked out for the life of the server (the commit wraps it in try/catch and still drops it)
import pg from "pg";

export const connectToPostgres = async (): Promise<pg.Pool> => {
  const pool = new pg.Pool({
    host: "postgres",
    port: 5432,
    user: "postgres",
    password: process.env.CHAT_DB_PASSWORD,
    database: "chatdb",
    keepAlive: true,
  });

  await pool.connect();
  return pool;
};
