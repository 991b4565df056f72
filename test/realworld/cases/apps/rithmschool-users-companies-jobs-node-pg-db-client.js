// Source: rithmschool/users-companies-jobs-node-pg — users-solution/db/index.js (the bootcamp exercise's solution), reduced by hand, not copied
// Label: safe
// Why: one dedicated `pg.Client` connected at module load and exported for the routes to share; it is not checked out of a pool, so there is nothing to give back
const { Client } = require("pg");

const client = new Client({
  connectionString: "postgresql://localhost/users-solution",
});

client.connect();

module.exports = client;
