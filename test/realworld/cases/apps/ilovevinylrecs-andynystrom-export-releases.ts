// Source: ilovevinylrecs/andynystrom — collection-export/node-to-postgres.ts (top level), reduced by hand, not copied
// Label: safe
// Why: promise style: the client is released in the query's then and in its catch before anything else runs
const pg = require("pg");

const pool = new pg.Pool({ user: "collector", database: "postgres" });

pool
  .connect()
  .then((client) => {
    return client
      .query("SELECT * FROM releases")
      .then((result) => {
        client.release();
        console.log(result.rows[0]);
      })
      .catch((error) => {
        client.release();
        console.log(error.stack);
      });
  })
  .finally(() => pool.end());
