// Source: RetailHub/item-details — database/postgreSQL/database.js (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a seeding script checks a client out only to start its chain, never uses or releases it, and runs the COPY through `pool.query` on a second connection
const { Pool } = require("pg");
const path = require("path");

const pool = new Pool({ user: "haidersyed", host: "localhost", database: "itemdetails", port: "5432" });

const itemDetails = path.join(__dirname, "../items.csv");

pool.connect()
  .then(() => console.log("Importing csv"))
  .then(() => pool.query(`COPY items FROM '${itemDetails}' WITH DELIMITER '|' CSV HEADER`)
    .then(() => console.log("Finished importing")))
  .catch((err) => console.error("ERROR: ", err));
