// Source: olalonde/pgtools — src/index.js (createFunction), reduced by hand, not copied
// Label: safe
// Why: a standalone admin `Client` (not a pool checkout) connects inside the try and is ended in the finally on every path
const { Client } = require("pg");

function createFunction(action) {
  return async function (opts, dbName) {
    if (!dbName) throw new TypeError("dbName not set");
    const client = new Client({ ...opts, database: "postgres" });
    try {
      await client.connect();
      const result = await client.query(`${action} DATABASE "${dbName.replace(/"/g, '""')}"`);
      return result;
    } catch (err) {
      if (err && err.code) {
        throw new Error(`pgtools: ${err.message}`);
      }
      throw err;
    } finally {
      client.end();
    }
  };
}

module.exports = { createdb: createFunction("CREATE"), dropdb: createFunction("DROP") };
