import pg, { type PoolClient, type QueryResult } from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

pool.on("error", (err: Error) => {
  console.error("pg idle client error", err);
});

export default {
  pool,
  query: (text: string, params?: unknown[]) => pool.query(text, params) as Promise<QueryResult<any>>,
  connect: (): Promise<PoolClient> => pool.connect(),
};
