// Source: lukeed/ley — lib/clients/pg.js (exports.connect), reduced by hand, not copied
// Label: hand-over
// Why: the migration CLI's pg driver returns the connected client; ley's up/down/status end it through driver.end in a finally
exports.connect = async function (opts = {}) {
  const { Client } = require("pg");
  const client = new Client({ ...opts, max: 1 });
  await client.connect();
  return client;
};

exports.end = async function (client) {
  await client.end();
};
