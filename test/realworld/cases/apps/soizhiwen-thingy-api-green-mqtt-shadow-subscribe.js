// Source: soizhiwen/thingy-api-green — services/mqtt.js at 4943973 (initMQTT), reduced by hand, not copied
// Label: safe
// Why: the Thingy:91 back end's MQTT.js client is connected at module load and ended on SIGINT; readings go to InfluxDB (`writeClient.writePoint`), and its pg checkouts live in other modules
const mqtt = require("mqtt");
const { dbAddMQTTData } = require("./db-mqtt");
const { notificationHandler } = require("./notification-service");

const client = mqtt.connect("mqtt://" + process.env.MQTT_HOST + ":" + process.env.MQTT_PORT, {
  username: process.env.MQTT_USER,
  password: process.env.MQTT_PASSWORD,
});

const topicMonitor = "things/" + process.env.THINGY_MONITOR + "/shadow/update";

async function initMQTT() {
  client.on("connect", () => {
    client.subscribe(topicMonitor, (err, granted) => {
      if (err) console.log(err, "err");
      console.log(granted, "granted");
    });
  });

  client.on("error", (error) => console.error(error));

  client.on("message", (topic, message) => {
    const data = JSON.parse(message.toString());
    if (data.appId === "BUTTON") {
      notificationHandler(data);
    } else {
      dbAddMQTTData(parseFloat(data.data), data.appId, process.env.THINGY_MONITOR);
    }
  });

  process.on("SIGINT", () => {
    client.end();
    process.exit();
  });
}

module.exports = { initMQTT };
