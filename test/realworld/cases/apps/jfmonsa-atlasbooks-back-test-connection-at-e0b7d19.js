// Source: jfmonsa/AtlasBooks-back — src/config/db.js at e0b7d19 (Database.initialize, "refactor: release client after test connection for correct cleaning"), reduced by hand, not copied
// Label: safe
// Why: the fix takes the client in the `.then` callback and releases it right after the log line; nothing between the checkout and the release can throw
import pg from "pg";
const { Pool } = pg;

class Database {
  constructor() {
    this.pool = null;
  }

  initialize() {
    if (this.pool) return;
    this.pool = new Pool({ connectionString: process.env.POSTGRES_URL });
    this.pool.on("error", (err) => {
      console.error("Unexpected error on idle client", err);
      this.pool.end().then(() => this.initialize());
    });

    this.pool
      .connect()
      .then((client) => {
        console.log(`connection to (${process.env.NODE_ENV}) DB ok`);
        client.release();
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
