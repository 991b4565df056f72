// Source: TanTheVinh/VNPT---MQTT — src/app/controllers/broker.js at 62ac5ac (the mosca broker's module), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the MQTT broker module probes the pool with `pool.connect(() => …)` at load time and its callback never takes the client, so one client stays checked out while the broker logs every published packet
const mosca = require("mosca");
const pool = require("./database");

const broker = new mosca.Server({ port: 1234 });

pool.connect(() => {
  console.log("connected");
});

broker.on("ready", () => {
  console.log("Broker is ready!");
});

broker.on("published", (packet) => {
  const message = packet.payload.toString();
  const topic = packet.topic.toString();
  console.log(topic, message);
});

module.exports = broker;
