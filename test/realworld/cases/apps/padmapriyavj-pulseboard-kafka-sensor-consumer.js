// Source: padmapriyavj/Pulseboard — apps/kafka-processor/kafkaConsumer.js at 56e09d3 (runConsumer), reduced by hand, not copied
// Label: safe
// Why: `consumer.connect()` is kafkajs's consumer joining its group; each sensor message is classified against its thresholds through `pool.query` and stored by `insertSensorData`, with no pg checkout
const { Kafka } = require("kafkajs");
const insertSensorData = require("./insertSensorData");
const createAlert = require("./createAlert");
const pool = require("./db");

const kafka = new Kafka({ clientId: "kafka-processor", brokers: [process.env.KAFKA_BROKER || "localhost:9092"] });
const consumer = kafka.consumer({ groupId: "sensor-processors" });

async function runConsumer() {
  await consumer.connect();
  await consumer.subscribe({ topic: /^org-.*sensor-.*/, fromBeginning: false });

  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const data = JSON.parse(message.value.toString());
      let limits = null;
      if (data.sensorId) {
        try {
          const result = await pool.query("SELECT min, max FROM sensors WHERE id = $1", [data.sensorId]);
          limits = result.rows[0] || null;
        } catch (err) {
          console.error("Error fetching sensor config:", err);
        }
      }
      const value = Number(data.value);
      if (limits && limits.min !== null && limits.max !== null) {
        data.status = value < Number(limits.min) || value > Number(limits.max) ? "CRITICAL" : "OK";
      } else {
        data.status = value > 1000 ? "CRITICAL" : value > 500 ? "WARNING" : "OK";
      }
      await insertSensorData(data);
      try {
        await createAlert(data);
      } catch (alertError) {
        console.error("Error in alert creation (non-fatal):", alertError);
      }
      console.log(`Stored data from topic: ${topic}`);
    },
  });
}

module.exports = runConsumer;
