// Reduced from models/pg.js: the application's one pool, exported in an object.
const { Pool } = require("pg");

const pool = new Pool();

module.exports = {
  pool,
};
