// Source: esthonjr/crud-postgresql-nodejs — read-cursor.js (async IIFE), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client behind the cursor is never released (the close-and-end branch is commented out)
const { Pool } = require("pg");
const Cursor = require("pg-cursor");

const pool = new Pool();

(async () => {
  const client = await pool.connect();
  const cursor = client.query(new Cursor("SELECT * FROM users"));

  cursor.read(1, (err, rows) => {
    if (err) {
      throw err;
    }
    console.log("first row", rows);
    cursor.read(1, (nextError, nextRows) => {
      if (nextError) {
        throw nextError;
      }
      console.log("next row", nextRows);
    });
  });
})();
