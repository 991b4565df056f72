// Source: droderuan/node-rinha-backend-2024q1 — src/db/pool.ts at 1677d5a (DbPool.start), reduced by hand, not copied
// Label: safe
// Why: at start-up the Express service warms the pool by checking out `max` clients at once, each async callback releasing its own client as soon as its checkout resolves, so a failing checkout leaves no other client held
import pg from "pg";

class DbPool {
  connectionCount = 0;
  pool!: pg.Pool;

  constructor(numberOfConnections: number) {
    this.connectionCount = numberOfConnections;
  }

  async start() {
    const pool = new pg.Pool({ host: process.env.DB_HOST, database: "rinha_backend", max: this.connectionCount, idleTimeoutMillis: 0 });

    this.pool = pool;

    const iterable = Array.from(Array(this.connectionCount));

    await Promise.all(iterable.map(async () => (await this.pool.connect()).release()));

    console.log("database connected and ready!");
  }
}

export const dbPool = new DbPool(20);
