// Source: davc1969/desafio_bancosolar — services/db_pool_services.js (dbPoolQuery), reduced by hand, not copied
// Label: safe
// Why: a "Banco Solar" challenge's promise wrapper: inside the `pool.connect` callback a connection error is thrown into the try, the query resolves the promise, the catch rejects, and the finally calls `release()` on every path
const pool = require("./init").instancePool.getPoolInstance();

const dbPoolQuery = async (queryJSON) => {
  return new Promise((resolve, reject) => {
    pool.connect(async (error_connection, client, release) => {
      try {
        if (error_connection) {
          throw new Error(error_connection);
        }
        const results = await client.query(queryJSON);
        resolve(JSON.stringify(results.rows));
      } catch (error) {
        console.log("dbPoolQuery failed", error.message);
        reject(error);
      } finally {
        release();
      }
    });
  });
};

module.exports = { dbPoolQuery };
