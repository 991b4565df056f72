// Source: near/queryapi — indexer-js-queue-handler/provisioner.js at 868ba2cc (Provisioner.query, "refactor: Use postgres pool"), reduced by hand, not copied
// Label: safe
// Why: the refactor replaced one `PG.Client` per Provisioner, connected in the constructor and never ended, with a module pool; each statement checks a client out and releases it in a finally
import VError from "verror";
import pg from "pg";

const pool = new pg.Pool({
  user: process.env.PG_ADMIN_USER,
  database: process.env.PG_ADMIN_DATABASE,
  host: process.env.PG_HOST,
  max: 10,
  idleTimeoutMillis: 30000,
});

export default class Provisioner {
  constructor(pgPool = pool) {
    this.pgPool = pgPool;
  }

  async query(query) {
    const client = await this.pgPool.connect();
    try {
      await client.query(query);
    } finally {
      client.release();
    }
  }

  async createDatabase(name) {
    await this.query(`CREATE DATABASE ${name}`);
  }

  async createUserDb(name, password) {
    try {
      await this.createDatabase(name);
    } catch (err) {
      throw new VError(err, `Failed to provision database ${name}`);
    }
  }
}
