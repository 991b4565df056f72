// The driver's own Client class (server/drivers/postgres/index.js, same file in the original), kept apart so that the entry has one connect() call.
const pg = require("pg");

class Client {
  constructor(connection) {
    this.connection = connection;
  }
  async connect() {
    this.client = new pg.Client({ connectionString: this.connection.url });
    this.client.on("error", (err) => console.error(err));
    await this.client.connect();
  }
  async runQuery(query) {
    const { rows } = await this.client.query(query);
    return { rows, incomplete: false };
  }
  async disconnect() {
    await this.client.end();
  }
}

module.exports = { Client };
