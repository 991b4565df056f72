// Source: Rajatgurung/EWS_MQ_INTEGRATION — mq-consumer.js at 20932a3 (connectToMQTT), reduced by hand, not copied
// Label: safe
// Why: `mqtt.connect(…)` opens the MQTT.js connection to the AWS IoT broker and resolves the promise with it on 'connect' (the caller ends it on failure); the pg writes go through `saveToDatabase`, whose checkout is released in its own finally
const mqtt = require("mqtt");

async function connectToMQTT() {
  return new Promise((resolve, reject) => {
    try {
      console.log("Connecting to MQTT broker");
      const client = mqtt.connect(process.env.MQ_CONNECTION_URL, {
        port: 8883,
        protocol: "mqtts",
        username: process.env.MQ_USER,
        password: process.env.MQ_PASSWORD,
        ALPNProtocols: ["x-amzn-mqtt-ca"],
      });

      client.on("connect", () => {
        console.log("Connected to MQTT broker");
        resolve(client);
      });
      client.on("error", (error) => {
        console.error("Error connecting to MQTT broker:", error);
        reject(error);
      });
      client.on("close", () => console.log("MQTT connection closed"));
    } catch (error) {
      reject(error);
    }
  });
}

module.exports = { connectToMQTT };
