// Source: proton4444/clubelo — src/lib/db.ts at 27d3423 (db.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the db helper object's getClient returns the checkout "for transactions"; the caller owns the release
import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: process.env.VERCEL ? 1 : 20 });

pool.on("error", (err) => {
  console.error("Unexpected error on idle PostgreSQL client", err);
  process.exit(-1);
});

export const db = {
  async query(text: string, params?: any[]) {
    const start = Date.now();
    const res = await pool.query(text, params);
    if (Date.now() - start > 1000) console.log("Slow query:", { text });
    return res;
  },
  async getClient() {
    return await pool.connect();
  },
  async end() {
    await pool.end();
  },
};
