// Source: asthajadia12/home-automation-console — index.js at 7508074 (start-up), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the home-automation server's entry point calls `pool.connect(() => {})` to warm the pool: the callback takes no client and no `done`, so the client it is handed is never released
const path = require("path");

require("dotenv").config({ path: path.join(__dirname, "/.env") });

const { pool } = require("./db").pg;

pool.connect(() => {
});

const { appServer } = require("./web/server");

appServer.listen(process.env.PORT || 3000);
