// Source: lekisyaaAaa/initialb2b — backend/services/mqttIngest.js at f51f9a2 (startMqtt), reduced by hand, not copied
// Label: safe
// Why: a vermicompost monitor's MQTT ingest keeps its broker connection from `mqtt.connect(...)` in a module variable named `client`; it is an MQTT client, not a pg checkout (readings are stored through Sequelize services)
const mqtt = require("mqtt");
const logger = require("../utils/logger");
const sensorLogService = require("./sensorLogService");

const BROKER = process.env.MQTT_BROKER_URL;
const DEFAULT_TOPIC = process.env.MQTT_TOPIC || "vermilinks/+/data";
let client = null;

async function handleMessage(topic, message) {
  const payload = JSON.parse(message.toString());
  await sensorLogService.recordSensorLogs({ deviceId: topic.split("/")[1], metrics: payload, origin: "mqtt" });
}

function startMqtt() {
  if (!BROKER) {
    logger.info("MQTT broker not configured; skipping MQTT ingest startup");
    return null;
  }

  try {
    client = mqtt.connect(BROKER, {
      clientId: process.env.MQTT_CLIENT_ID || `vermilinks-ingest-${Math.random().toString(16).slice(2, 8)}`,
      username: process.env.MQTT_USERNAME || undefined,
      password: process.env.MQTT_PASSWORD || undefined,
    });

    client.on("connect", () => {
      client.subscribe(DEFAULT_TOPIC, { qos: 0 }, (err) => {
        if (err) logger.warn("MQTT subscribe failed", err.message);
      });
    });

    client.on("message", (topic, message) => {
      handleMessage(topic, message).catch((e) => logger.warn("MQTT message handler error", e.message));
    });

    client.on("error", (err) => {
      logger.warn("MQTT client error", err.message);
    });
  } catch (e) {
    logger.warn("Failed to start MQTT client", e.message);
  }

  return client;
}

module.exports = { startMqtt, _client: () => client, handleMessage };
