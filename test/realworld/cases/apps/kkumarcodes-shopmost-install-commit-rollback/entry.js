// Source: kkumarcodes/Shopmost — src/bin/install/index.js (install), reduced by hand, not copied
// Label: safe
// Why: the installer hands the checkout to its query builder's `commit` or `rollback` (both release it) on every path through the two tries, and every path ends in `process.exit(0)` (the outer catch included)
const path = require("path");
const { red } = require("kleur");
const { Pool } = require("pg");
const { startTransaction, commit, rollback } = require("./query-builder.js");
const { migrate } = require("./migrate");
const { createMigrationTable } = require("./createMigrationTable");

function error(e) {
  if (typeof e === "string") {
    console.log(`\n${red(e)}\n`);
    return;
  }
  console.log(`\n${red(e.message)}\n${e.stack}`);
}

async function install(config, adminUser) {
  let pool = new Pool({ ...config, ssl: { rejectUnauthorized: false } });
  try {
    await pool.query("SELECT 1");
  } catch (e) {
    if (e.message.includes("does not support SSL")) {
      pool = new Pool(config);
    } else {
      error(e);
      process.exit(0);
    }
  }

  const connection = await pool.connect();
  startTransaction(connection);
  try {
    await createMigrationTable(connection);
  } catch (e) {
    rollback(connection);
    error(e);
    process.exit(0);
  }

  const modules = [
    { name: "auth", resolve: path.resolve(__dirname, "../../modules/auth") },
    { name: "catalog", resolve: path.resolve(__dirname, "../../modules/catalog") },
  ];

  try {
    await migrate(connection, modules, adminUser);
    commit(connection);
  } catch (e) {
    rollback(connection);
    error(e);
    process.exit(0);
  }
  console.log("Installation completed!");
  process.exit(0);
}

(async () => {
  try {
    await install(JSON.parse(process.env.DB_CONFIG), { email: process.env.ADMIN_EMAIL });
  } catch (e) {
    error(e);
    process.exit(0);
  }
})();
