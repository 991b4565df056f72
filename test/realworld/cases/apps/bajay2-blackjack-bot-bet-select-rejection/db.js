var pg = require("pg");

var pool = new pg.Pool({ user: "postgres", database: "postgres", host: "localhost", port: 5432, max: 10 });

module.exports = pool;
