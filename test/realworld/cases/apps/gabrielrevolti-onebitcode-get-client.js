// Source: gabrielrevolti/Onebitcode — 17-node-prisma/4-criando-api-banco-de-dados/src/database/index.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: `return pool.connect()` gives the checkout to the caller (the models release it in their finally)
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function query(text, params, callback) {
  return pool.query(text, params, callback);
}

async function getClient() {
  return pool.connect();
}

module.exports = { query, getClient };
