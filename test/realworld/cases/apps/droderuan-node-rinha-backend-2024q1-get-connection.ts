// Source: droderuan/node-rinha-backend-2024q1 — src/db/pool.ts at 1677d5a (DbPool.getConnection), reduced by hand, not copied
// Label: hand-over
// Why: the pool wrapper's accessor returns the checkout promise to its caller (the debit service), which owns the client
import pg from "pg";

class DbPool {
  pool!: pg.Pool;

  async start() {
    this.pool = new pg.Pool({ host: process.env.DB_HOST, database: "rinha_backend", max: 20 });
  }

  async getConnection() {
    return this.pool.connect();
  }
}

export const dbPool = new DbPool();
