// Source: krostyle/mi-banco-postgres-node — controllers/banco.controllers.js at ef8376a (queryCursor), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the "last 10 transactions" cursor read rejects and returns on a read error before `release()`; only a successful read gives the client back (the cursor is never closed either)
const { Pool } = require("pg");
const Cursor = require("pg-cursor");

const pool = new Pool({ database: "banco", max: 20 });

const queryCursor = async (text, values) => {
  return new Promise((resolve, reject) => {
    pool.connect(async (err, client, release) => {
      if (err) {
        console.log(err);
        return reject(err);
      }
      try {
        const cursor = client.query(new Cursor(text, values));
        cursor.read(10, (err, rows) => {
          if (err) return reject(err);
          release();
          resolve(rows);
        });
      } catch (err) {
        release();
        console.log(err);
        return reject(err);
      }
    });
    pool.end();
  });
};

module.exports = { queryCursor };
