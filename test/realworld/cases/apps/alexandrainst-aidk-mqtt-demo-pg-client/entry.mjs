// Source: alexandrainst/aidk-mqtt-demo — index.js (module scope), reduced by hand, not copied (the MQTT connection moved to ./mqtt.mjs so the entry holds only the pg connect)
// Label: safe
// Why: the MQTT ingester connects one dedicated `pg.Client` at the top level and keeps it for the process; its `done()` ends the client and exits on a client error, an MQTT close, disconnect or error, and SIGINT/SIGTERM
import pg from "pg";
import { openMqtt } from "./mqtt.mjs";

const pgClient = new pg.Client();

async function done() {
  if (pgClient) {
    await pgClient.end();
  }
  process.exit(0);
}

pgClient.on("error", (err) => {
  console.error(err);
  done();
});

async function store(time, topic, message) {
  try {
    await pgClient.query("INSERT INTO mqtt (time, topic, data) VALUES ($1, $2, $3)", [time, topic, message]);
  } catch (err) {
    console.error(err);
    done();
  }
}

await pgClient.connect();

const mqttClient = openMqtt(process.env.MQTT_SERVER_URL || "mqtt://localhost");

mqttClient.on("close", () => done());
mqttClient.on("error", () => done());
mqttClient.on("message", async (topic, message) => {
  const time = new Date().toISOString();
  await store(time, topic, message.toString());
});

process.on("SIGINT", () => done());
process.on("SIGTERM", () => done());
