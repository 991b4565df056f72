// Source: Kirby-SDC/QA — Database/server/server.js and Database/utils/connect.js at 6e78155 (the commit before the Pool), reduced by hand, not copied
// Label: safe
// Why: the same probe while the module still exported a dedicated `pg.Client`: `connectionClient.connect(cb)` opens the server's one connection, kept for its life; a Client's connect is no pool checkout, and the callback's extra `client, release` parameters are never passed
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
