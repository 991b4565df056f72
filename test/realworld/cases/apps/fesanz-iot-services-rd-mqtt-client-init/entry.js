// Source: FeSanz/iot-services-rd — services/mqtt/mqtt_client.js at 7349ae4 (initMQTT), reduced by hand, not copied
// Label: safe
// Why: the MES's MQTT.js client is stored in the module's `client` by `mqtt.connect(…)` after the broker settings are read with `pool.query`; the module imports the pg pool, but nothing is checked out of it here
const mqtt = require("mqtt");
const pool = require("./pool");
const { sensorDataHandler, sensorsDataHandler } = require("./sensor_data_handler");

const TOPICS = {
  SENSOR_DATA: "mes/+/iot/sensorData",
  SENSORS_DATA: "mes/+/iot/sensorsData",
};

let client = null;

async function loadMQTTSettings() {
  try {
    const result = await pool.query("SELECT name, value FROM mes_settings WHERE type = 'MQTT'");
    const settings = {};
    result.rows.forEach((row) => {
      settings[row.name] = row.value;
    });
    if (!settings.MQTT_BROKER || !settings.MQTT_PORT) return null;
    return { host: settings.MQTT_BROKER, port: parseInt(settings.MQTT_PORT), protocol: "mqtt" };
  } catch (error) {
    console.error("[MQTT] settings:", error.message);
    return null;
  }
}

async function initMQTT() {
  const config = await loadMQTTSettings();
  if (!config) {
    return null;
  }

  client = mqtt.connect(`${config.protocol}://${config.host}:${config.port}`, {
    reconnectPeriod: 5000,
    connectTimeout: 30000,
  });

  client.on("connect", () => {
    Object.values(TOPICS).forEach((topic) => {
      client.subscribe(topic, { qos: 1 }, (err) => {
        if (err) console.error(`[MQTT] subscribe ${topic}:`, err.message);
      });
    });
  });

  client.on("message", async (topic, payload) => {
    let data;
    try {
      data = JSON.parse(payload.toString());
    } catch (e) {
      return;
    }
    try {
      if (topic.endsWith("/sensorData")) await sensorDataHandler(data);
      else await sensorsDataHandler(data);
    } catch (error) {
      console.error(`[MQTT] [${topic}]:`, error.message);
    }
  });

  return client;
}

module.exports = { initMQTT };
