// Source: Kirby-SDC/QA — Database/server/server.js and Database/utils/connect.js at c3f45f5 ("Added a route"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Hack Reactor capstone copied node-postgres's probe without its query and its `release()`, then turned the module's `connectionClient` from a Client into a Pool: the start-up checkout is logged and never released, one client stays out for the server's life
const express = require("express");
const connectionClient = require("./connect.js");
const app = express();
const port = 3000;

connectionClient.connect((err, client, release) => {
  if (err) {
    return console.error("Error acquiring client", err.stack);
  }
  console.log(`connected to database`);
});

app.use(express.json());

app.listen(port, () => {
  console.log(`App listening on port ${port}.`);
});
