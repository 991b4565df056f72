const { Pool } = require("pg");

const db = new Pool({ host: process.env.HOST, database: process.env.DATABASE });

module.exports = { db };
