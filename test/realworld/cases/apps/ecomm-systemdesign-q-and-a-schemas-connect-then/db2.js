require("dotenv").config();
const { Pool } = require("pg");

const db = new Pool({ user: process.env.USER, host: process.env.DB_HOST, database: process.env.DB });

module.exports = { db };
