// Source: zhoujiaping/hello-node — repo/userRepo.js at 6858b37 (queryList, 2017-06-23, pg ^6.4.0), reduced by hand, not copied
// Label: safe
// Why: the awaited checkout (its rejection logged and swallowed into undefined) is released in the finally after BEGIN, the SELECT and COMMIT, or ROLLBACK; with no client nothing was checked out
const pg = require("pg");

const pool = new pg.Pool({ user: "postgres", host: "localhost", database: "test" });
const text = "select * from sys_user where id=$1";

const repo = {
  queryList: async function (cb) {
    const values = [1];
    const client = await pool.connect().catch((err) => {
      console.error(err);
    });
    try {
      await client.query("BEGIN");
      const { rows } = await client.query(text, values);
      await client.query("COMMIT");
      cb(null, rows);
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
  },
};

module.exports = repo;
