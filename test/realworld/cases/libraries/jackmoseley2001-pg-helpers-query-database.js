// Source: JackMoseley2001/pg-helpers — index.js (Database.queryDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query sits between the checkout and the release with no try/finally: a failing statement leaves the client checked out
const pg = require("pg");

class Database {
  constructor(options) {
    this.db = new pg.Pool(options);
  }

  async queryDatabase(sql, parameters = []) {
    console.log(sql);
    const connection = await this.db.connect();
    const results = await connection.query(sql, parameters);
    connection.release();
    return results.rows;
  }
}

module.exports = Database;
