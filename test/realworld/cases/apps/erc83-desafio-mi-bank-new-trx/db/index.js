const { Pool } = require("pg");

const pool = new Pool({ database: "bank" });

module.exports = {
  getClient: () => pool.connect(),
  end: () => pool.end(),
};
