// Source: h0yta/telldusManager — src/plugins/humidityStatistics.js at 58747de (run), reduced by hand, not copied
// Label: safe
// Why: each humidity reading from the Telldus sensor is written on a dedicated `new Client(…)` connected for it, in a transaction whose finally ends that client
const telldus = require("../telldus");
const keys = require("../../settings/keys.json");
const { Client } = require("pg");

const run = async (settings) => {
  const humidity = await telldus.humidity(settings.sensorDevice);

  const client = new Client(keys.postgres);
  await client.connect();

  try {
    await client.query("BEGIN");
    await client.query(
      "INSERT INTO telldus.humidity (humidity_time, humidity_location, humidity_value) VALUES ($1, $2, $3)",
      [new Date(), settings.sensorDevice, humidity],
    );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.end();
  }
};

exports.run = run;
