// Source: jfmonsa/AtlasBooks-back — src/config/db.js at e0b7d19^ (Database.initialize, before "refactor: release client after test connection for correct cleaning"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up "test connection" takes a client with `.then(() => …)`, logs and drops it: the checkout is never released, so the pool runs one client short for the life of the process
import pg from "pg";
const { Pool } = pg;

class Database {
  constructor() {
    this.pool = null;
  }

  initialize() {
    if (this.pool) return;
    this.pool = new Pool({ connectionString: process.env.POSTGRES_URL, idleTimeoutMillis: 30000 });
    this.pool.on("error", (err) => {
      console.error("Unexpected error on idle client", err);
      this.pool.end().then(() => this.initialize());
    });

    this.pool
      .connect()
      .then(() => {
        console.log(`connection to (${process.env.NODE_ENV}) DB ok`);
      })
      .catch((err) => {
        console.error("Error connecting to the database", err);
      });
  }

  getPool() {
    if (!this.pool) this.initialize();
    return this.pool;
  }
}

export const db = new Database();
