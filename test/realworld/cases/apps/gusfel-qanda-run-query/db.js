const { Pool } = require("pg");

const db = new Pool({ host: "localhost", database: "qanda", max: 100 });

module.exports = db;
