// Source: Maelstroms38/movies-api — src/pubSub.js (module scope), reduced by hand, not copied
// Label: safe
// Why: a dedicated pg Client connected once at module load (the connect promise not awaited) and given to graphql-postgres-subscriptions' PostgresPubSub, which LISTENs on it for the server's life; it is no pool checkout, and nothing is owed back
const { PostgresPubSub } = require("graphql-postgres-subscriptions");
const { Client } = require("pg");

const DATABASE_URL = process.env.DATABASE_URL || "movies_api_development";

const client = new Client({
  connectionString: DATABASE_URL,
  ssl: process.env.DATABASE_URL ? true : false,
});

client.connect();

const pubSub = new PostgresPubSub({ client });

module.exports = { pubSub };
