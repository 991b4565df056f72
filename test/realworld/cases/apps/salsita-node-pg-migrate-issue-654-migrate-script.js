// Source: https://github.com/salsita/node-pg-migrate/issues/654 (jorjsmile's migrate script, "Could not connect to postgres: Error: Client has already been connected"), reduced by hand, not copied
// Label: safe
// Why: the checkout goes straight into migrate's options and is never released, but both the fulfilment and the rejection handler end the process, so no path keeps running with it
const { default: migrate } = require("node-pg-migrate");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.POSTGRES_CONNECTION });
const direction = process.argv[2] || "up";

async function main() {
  migrate({
    dbClient: await pool.connect(),
    dir: __dirname + "/migrations",
    direction: direction,
    migrationsTable: "pgmigrations",
  })
    .then(() => {
      console.log("Migrations complete!");
      process.exit(0);
    })
    .catch(function (e) {
      console.error(e);
      process.exit(0);
    });
}

main();
