// Source: voxpelli/node-pg-pubsub — lib/client.js (pgClientRetry's `try`), reduced by hand, not copied
// Label: safe
// Why: each retry attempt makes a `pg.Client`, wires an error handler that ends it, connects and returns it to the retry wrapper; no pool checkout
const { Client } = require("pg");
const Retry = require("promised-retry");

const pgClientRetry = (options) => {
  const { clientOptions, log = console.log, retryLimit, shouldReconnect, successCallback } = options;

  const retry = new Retry({
    try: async () => {
      const client = new Client(clientOptions);

      client.on("error", () => {
        retry.reset();
        if (shouldReconnect && shouldReconnect()) retry.try();
        client.end((err) => {
          log("Received error when disconnecting from database in error callback: " + (err && err.message));
        });
      });

      await client.connect();

      return client;
    },
    success: async (client) => (successCallback ? successCallback(client) : client),
    end: (client) => client.end(),
    retryLimit,
    log,
  });

  return retry;
};

module.exports = { pgClientRetry };
