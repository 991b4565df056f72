// Source: davc1969/desafio_bancosolar — services/db_pool_services.js (dbPoolTransaction), reduced by hand, not copied
// Label: safe
// Why: the transfer's queries start from an async `forEach` callback that nobody awaits, so COMMIT and the resolve come before their results (a failed one is an unhandled rejection and the COMMIT silently rolls back); but pg runs them in order before COMMIT, and the finally releases after COMMIT or ROLLBACK on every path
const pool = require("./init").instancePool.getPoolInstance();

const dbPoolTransaction = async (sqlQueries) => {
  return new Promise((resolve, reject) => {
    pool.connect(async (error_conexion, client, release) => {
      try {
        if (error_conexion) {
          throw new Error(error_conexion);
        }
        await client.query("BEGIN");
        let results = [];
        sqlQueries.forEach(async (qry, idx) => {
          results[idx] = await client.query(qry);
        });
        await client.query("COMMIT");
        resolve(results);
      } catch (error) {
        await client.query("ROLLBACK");
        console.log("transaction failed", error.message);
        reject(error);
      } finally {
        await release();
      }
    });
  });
};

module.exports = { dbPoolTransaction };
