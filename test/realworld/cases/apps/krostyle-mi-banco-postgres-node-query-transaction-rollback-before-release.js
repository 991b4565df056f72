// Source: krostyle/mi-banco-postgres-node — controllers/banco.controllers.js at ef8376a (queryTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: inside a promise wrapper, the `pool.connect` callback releases after COMMIT or after the catch's ROLLBACK, never in a finally; when the ROLLBACK rejects, `release()` is skipped (and the wrapper's promise never settles, its catch neither resolving nor rejecting)
const { Pool } = require("pg");

const pool = new Pool({ database: "banco", max: 20, idleTimeoutMillis: 5000 });

const queryTransaction = async (transaccion, saldo) => {
  return new Promise((resolve, reject) => {
    pool.connect(async (err, client, release) => {
      if (err) {
        console.log(err);
        return reject(err);
      }
      try {
        await client.query("BEGIN");
        const resTransaccion = await client.query(transaccion);
        const resSaldo = await client.query(saldo);
        await client.query("COMMIT");
        release();
        resolve({ resTransaccion, resSaldo });
      } catch (err) {
        console.log(err);
        await client.query("ROLLBACK");
        release();
      }
    });
    pool.end();
  });
};

module.exports = { queryTransaction };
