// Source: patagonaa/mqtt-timescale-gateway — src/gateway.mjs (TimescaleDataSender.create), reduced by hand, not copied
// Label: hand-over
// Why: the MQTT-to-TimescaleDB gateway connects one dedicated `Client` and hands it to the sender it constructs, which keeps it in a private field and writes every batch of data points through it for the gateway's lifetime
import pg from "pg";
const { Client } = pg;

class TimescaleDataSender {
  #dbClient;
  #logQueries;
  #createdTables = new Set();

  constructor(dbClient, logQueries) {
    this.#dbClient = dbClient;
    this.#logQueries = logQueries;
  }

  static async create(logQueries) {
    const dbClient = new Client();
    await dbClient.connect();
    console.info("DB connected");
    return new TimescaleDataSender(dbClient, logQueries);
  }

  async createTable(table) {
    await this.#dbClient.query(`CREATE TABLE IF NOT EXISTS ${table} (timestamp TIMESTAMPTZ NOT NULL); SELECT create_hypertable('${table}', 'timestamp', if_not_exists => TRUE);`);
    this.#createdTables.add(table);
  }

  async send(rows) {
    for (const row of rows) {
      if (this.#logQueries) console.debug(row);
      await this.#dbClient.query("INSERT INTO readings (timestamp, value) VALUES (to_timestamp($1), $2)", [row.timestamp / 1000, row.value]);
    }
  }
}

export { TimescaleDataSender };
