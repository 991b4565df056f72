const { Pool } = require("pg");

const connection = new Pool({
  user: "postgres_user",
  host: "postgres_db",
  database: "ozlemgizem",
  port: "5432", // PostgreSQL'in varsayılan portu
});

module.exports = connection;
