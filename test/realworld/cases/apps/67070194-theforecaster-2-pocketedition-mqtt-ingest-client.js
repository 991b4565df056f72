// Source: 67070194/TheForecaster-2-PocketEdition — server/index.js at 008b5fd (startIngest), reduced by hand, not copied
// Label: safe
// Why: the `client` here is the MQTT subscriber from `mqtt.connect(url)`, kept for the life of the process; the pg pool is only queried through `pool.query` in its message handler
import mqtt from "mqtt";
import pkg from "pg";

const { Pool } = pkg;

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const MQTT_URL = process.env.MQTT_URL || "wss://broker.hivemq.com:8884/mqtt";
const BASE_TOPIC = process.env.BASE_TOPIC || "TFCT_2_PE";

function startIngest() {
  const options = { reconnectPeriod: 1000, clean: true };
  const client = mqtt.connect(MQTT_URL, options);

  client.on("connect", () => {
    console.log("[MQTT] connected", MQTT_URL);
    client.subscribe(`${BASE_TOPIC}/#`, { qos: 0 });
  });

  client.on("message", async (topic, payload) => {
    try {
      if (topic.startsWith(`${BASE_TOPIC}/data/`)) {
        const data = JSON.parse(payload.toString());
        await pool.query("INSERT INTO readings(device_mac, ts, t, h, pm25) VALUES ($1, now(), $2, $3, $4)", [
          topic.split("/")[2],
          data.t,
          data.h,
          data.pm25,
        ]);
      }
    } catch (e) {
      console.error("[MQTT] parse/ingest error", e);
    }
  });

  client.on("error", (err) => {
    console.error("[MQTT] error", err.message);
  });

  return client;
}

export const mqttClient = startIngest();
