require("dotenv").config();
const { Pool } = require("pg");

const dbPool = new Pool();

module.exports = { dbPool };
