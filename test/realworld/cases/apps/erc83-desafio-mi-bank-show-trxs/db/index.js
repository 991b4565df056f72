const { Pool } = require("pg");
const Cursor = require("pg-cursor");

const pool = new Pool({ database: "bank" });

module.exports = {
  getClient: () => pool.connect(),
  end: () => pool.end(),
  Cursor,
};
