// Source: yusufkryll/MultiplayerWordleServer — Network.js at 47bd09b (the app's GET /db route), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the game server's test route (Heroku's getting-started snippet) releases as the try's last statement, after rendering; a failing SELECT or render goes to the catch, which answers "Error" without releasing
module.exports = class Network {
  constructor(port) {
    this.Start(port);
  }

  Start = (port) => {
    const http = require("http");
    const express = require("express");
    const { Pool } = require("pg");
    const app = express();

    const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

    app.get("/db", async (req, res) => {
      try {
        const client = await pool.connect();
        const result = await client.query("SELECT * FROM test_table");
        const results = { results: result ? result.rows : null };
        res.render("pages/db", results);
        client.release();
      } catch (err) {
        console.error(err);
        res.send("Error " + err);
      }
    });

    this.server = http.createServer(app);
    this.server.listen(port);
  };
};
