// Source: erjigit17/test_task_Rick-Morty — archiv/db.js (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a test-task ETL script calls `pool.connect()` and drops the client, then drops and creates the table through `pool.query`; the checkout is never released, so the script's `pool.end()` never finishes
const { Pool } = require("pg");
const TABLENAME = "erjigit17";

const pool = new Pool({ host: "127.0.0.1", port: 5432, database: "erjigit", user: "erjigit" });

pool.connect();
pool
  .query(`DROP TABLE IF EXISTS ${TABLENAME}; CREATE TABLE IF NOT EXISTS ${TABLENAME} (id SERIAL PRIMARY KEY, name text, body jsonb);`)
  .then((result) => console.log(result))
  .catch((e) => console.error(e.stack));

function startWritingToDB() {
  pool.query(`COPY ${TABLENAME} FROM './data.csv' DELIMITER ',' CSV HEADER;`, (err, res) => {
    if (err) {
      throw err;
    }
    console.dir({ res });
    pool.end();
  });
}
startWritingToDB();
