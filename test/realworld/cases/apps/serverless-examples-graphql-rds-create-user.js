// Source: serverless/examples — aws-node-graphql-and-rds/resolver/Mutation/postgresql_createUser.js (func), reduced by hand, not copied
// Label: safe
// Why: a Lambda GraphQL resolver makes a dedicated `pg.Client` per call (its connect() is not awaited, the queries queue behind it) and ends it at the end; a standalone Client, no pool checkout
const { randomUUID } = require("node:crypto");
const { Client } = require("pg");
const common = require("../Common/postgresql");

exports.func = async (_, args) => {
  const client = new Client({
    host: process.env.POSTGRESQL_HOST,
    port: process.env.POSTGRESQL_PORT,
    database: process.env.DB_NAME,
    user: process.env.USERNAME,
    password: process.env.PASSWORD,
  });
  client.connect();
  await common.init(client);
  const uuid = randomUUID();
  const inserted = await client.query("INSERT INTO users (uuid, name) VALUES ($1, $2) RETURNING id", [uuid, args.input.Name]);
  const userId = inserted.rows[0].id;
  for (const post of args.input.Posts) {
    await client.query("INSERT INTO posts (uuid, text, user_id) VALUES ($1, $2, $3)", [randomUUID(), post.Text, userId]);
  }
  const user = await common.getUser(client, uuid);
  client.end();
  return user;
};
