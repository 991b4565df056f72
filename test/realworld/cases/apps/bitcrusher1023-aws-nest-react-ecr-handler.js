// Source: bitcrusher1023/aws-nest-react — systems/infrastructure/src/aws/ecr/handler.js (handler), reduced by hand, not copied
// Label: safe
// Why: a callback-style Lambda makes a dedicated `pg.Client`, connects without waiting, and ends it first thing in the query's callback; a standalone Client, no pool checkout
import pg from "pg";

const { Client } = pg;

export function handler(event, _, callback) {
  if (!event.Records) {
    return;
  }
  const client = new Client({ connectionString: process.env.DATABASE_CONNECTION_URL });
  client.connect();
  client.query("SELECT NOW()", (err, res) => {
    client.end();
    if (err) return callback(err);
    return callback(null, { now: res.rows[0] });
  });
}
