// Source: vburidar/matcha_api — src/services/postgres.js at 7c260eb (PostgresService.createTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the dating API's static service parks the checkout on the class (`this.client`) before BEGIN; commitTransaction() releases it in its finally, so the client leaves createTransaction to the class that owns it (ProfileService.completeProfile calls commit only on its success path, a caller's leak, not this site's)
import pg from "pg";

export default class PostgresService {
  static load() {
    if (!this.pool) {
      this.pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
    }
  }

  static async createTransaction() {
    this.client = await this.pool.connect();
    this.results = {};
    await this.client.query("BEGIN");
  }

  static async query(text, params, inTransaction = false, name = "") {
    if (!inTransaction) return this.pool.query(text, params);
    if (!this.client) throw new Error("internal_server");
    const res = await this.client.query(text, params);
    if (name !== "") this.results[name] = res;
    return res;
  }

  static async commitTransaction() {
    try {
      await this.client.query("COMMIT");
    } catch (err) {
      await this.client.query("ROLLBACK");
      throw err;
    } finally {
      this.client.release();
      this.results = {};
    }
  }
}
