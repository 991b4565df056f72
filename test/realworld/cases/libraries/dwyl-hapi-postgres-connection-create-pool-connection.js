// Source: dwyl/hapi-postgres-connection — index.js (createPoolConnection), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is pushed (wrapped in an object) into the plugin's module-level PG_CON array, from which requests borrow it and the server's 'stop' handler ends it
const assert = require("assert");
const pg = require("pg");
const pkg = require("./package.json");

const PG_CON = [];

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const createPoolConnection = async () => {
  try {
    const client = await pool.connect();
    PG_CON.push({ client });
  } catch (err) {
    assert(!err, pkg.name + " ERROR connecting to PostgreSQL!");
  }
};

module.exports.getCon = async function () {
  if (!PG_CON[0]) {
    await createPoolConnection();
  }
  return PG_CON[0].client;
};
