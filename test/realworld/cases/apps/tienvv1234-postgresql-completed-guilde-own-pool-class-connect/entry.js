// Source: tienvv1234/postgresql-completed-guilde — social-repo/index.js and social-repo/src/pool.js at aaef3f9, reduced by hand, not copied; the shape is the Udemy course "SQL and PostgreSQL: The Complete Developer's Guide"'s (find_string shows 10+ stored copies of its `return this._pool.query('SELECT 1 + 1;')`, and search as many index.js files calling it)
// Label: safe
// Why: `pool` is the course's own wrapper class, exported as an instance: its `connect(options)` makes the pg Pool and sends `SELECT 1 + 1` through `pool.query`, so `.then(() => app().listen(…))` drops a query result, not a client; nothing is checked out
const app = require("./app");
const pool = require("./pool");

pool
  .connect({
    host: "localhost",
    port: 5432,
    database: "socialnetwork",
    user: "postgres",
  })
  .then(() => {
    app().listen(3005, () => {
      console.log("Listening on port 3005");
    });
  })
  .catch((error) => console.error(error));
