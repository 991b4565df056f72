// Source: oslabs-beta/deKaf — server/models/userModel.ts (query, after PR #10 "Hopefully fixed the pool query function"), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the query and COMMIT run inside the try that starts right after connect(); the catch rolls back, the finally releases
const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool({ connectionString: process.env["PGURI"] });

module.exports = {
  query: async (text, params, callback) => {
    const client = await pool.connect();
    let res;

    try {
      await client.query("BEGIN");
      res = await client.query(text, params, callback);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      console.error(e);
    } finally {
      console.log("in the userModel finally");
      client.release();
    }
    return res;
  },
};
