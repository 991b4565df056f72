"use strict";

const { Pool } = require("pg");

let pool = null;

module.exports.getPool = function getPool() {
  if (!pool) pool = new Pool({ connectionString: process.env.DATABASE_URL });
  return pool;
};
