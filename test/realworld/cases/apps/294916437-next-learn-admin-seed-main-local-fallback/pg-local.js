const { Client } = require("pg");

const client = new Client(process.env.POSTGRES_URL);

export async function getClient() {
  if (!client._connected) {
    await client.connect();
  }
  client.sql = async (strings, ...values) => client.query(strings.join("?"), values);
  return client;
}
