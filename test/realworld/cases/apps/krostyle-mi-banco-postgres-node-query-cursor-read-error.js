// Source: krostyle/mi-banco-postgres-node — controllers/banco.controllers.js at ef8376a (queryCursor and its caller), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the "last 10 transactions" cursor read rejects and returns on a read error before `release()`; only a successful read gives the client back (the cursor is never closed either)
const { Pool } = require("pg");
const Cursor = require("pg-cursor");

const pool = new Pool({ database: "banco", max: 20 });

const queryCursor = async (query) => {
  return new Promise((resolve, reject) => {
    pool.connect(async (err, client, release) => {
      if (err) {
        console.log(err);
        return reject(err);
      }
      try {
        const cursor = client.query(query);
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

const lastTransactions = async (table, campo, args) => {
  const query = new Cursor(`SELECT * FROM ${table} WHERE ${campo} = $1`, args);
  return await queryCursor(query);
};

module.exports = { lastTransactions };
