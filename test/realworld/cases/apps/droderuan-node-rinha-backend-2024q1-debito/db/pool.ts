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
