// The checkout helper the entry imports: a pg pool's client, handed to the caller.
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

module.exports.getClientAsync = async function () {
  return pool.connect();
};
