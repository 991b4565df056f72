// Source: https://codemia.io/knowledge-hub/path/nodejs_and_postgres_listen ("Basic Node.js Listener with pg"), reduced by hand, not copied
// Label: safe
// Why: the answer keeps LISTEN on a dedicated `new Client()` it connects itself and keeps for the process's life, as it advises ("Do not put LISTEN on a pooled connection"); no pool client is checked out
const { Client } = require("pg");

async function main() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("LISTEN orders_changed");
  client.on("notification", (msg) => {
    console.log("channel:", msg.channel, "payload:", msg.payload);
  });
  client.on("error", (err) => {
    console.error("listener connection error", err);
  });
}

main().catch(console.error);
