// Source: Vacym/CodewarsBot — utils/pg.js (PG.getClient, used by PG.session and the bot's scenes), reduced by hand, not copied
// Label: hand-over
// Why: node-postgres's checkout-watchdog recipe: a 5-second warning timer, `query` and `release` patched (the patched release clears the timer and restores them), the module's helper functions assigned onto the client, then the client is returned to the caller
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const additionalFuncs = {
  async queryColumn(text, params) {
    const res = await this.query({ text, values: params, rowMode: "array" });
    return res.rows.map((row) => row[0]);
  },
};

export default {
  async query(text, params) {
    return await pool.query(text, params);
  },

  async getClient() {
    const client = await pool.connect();

    const query = client.query;
    const release = client.release;
    const timeout = setTimeout(() => {
      console.warn("[WARNING] A client has been checked out for more than 5 seconds!");
      console.warn(`The last executed query on this client was: ${client.lastQuery?.[0]}`);
    }, 5000);
    client.query = (...args) => {
      client.lastQuery = args;
      return query.apply(client, args);
    };
    client.release = () => {
      clearTimeout(timeout);
      client.query = query;
      client.release = release;
      return release.apply(client);
    };

    Object.assign(client, additionalFuncs);

    return client;
  },

  ...additionalFuncs,
};
