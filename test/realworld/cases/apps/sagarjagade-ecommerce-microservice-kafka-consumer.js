// Source: Sagarjagade/ecommerce-microservice-nodejs-express-postgres-kafka-api-gateway — packages/kafka/consumer.js (createConsumer), reduced by hand, not copied
// Label: safe
// Why: a kafkajs consumer's `connect()`, not a pg checkout; the consumer is returned to the caller that runs it
import kafka from "./client.js";

async function createConsumer(groupId, topics, handler) {
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  for (const topic of topics) {
    await consumer.subscribe({ topic, fromBeginning: false });
  }
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const data = JSON.parse(message.value.toString());
      await handler({ topic, partition, data });
    },
  });
  return consumer;
}

export default createConsumer;
