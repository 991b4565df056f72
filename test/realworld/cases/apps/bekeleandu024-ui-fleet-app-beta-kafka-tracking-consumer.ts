// Source: bekeleandu024-ui/fleet-app-beta — services/tracking/src/services/kafkaConsumer.ts at 41d0d02 (startConsumer), reduced by hand, not copied
// Label: safe
// Why: `consumer.connect()` is kafkajs's consumer of the fleet's location and trip events, connected once behind a flag and disconnected on SIGTERM/SIGINT; no pg client is involved
import { Kafka, EachMessagePayload } from "kafkajs";

export type MessageHandler = (payload: EachMessagePayload) => Promise<void>;

const kafka = new Kafka({ clientId: "tracking", brokers: [process.env.KAFKA_BROKER ?? "localhost:9092"] });
const consumer = kafka.consumer({ groupId: "tracking-service" });

let isConnected = false;

export async function startConsumer(topics: string[], handler: MessageHandler) {
  if (!isConnected) {
    await consumer.connect();
    isConnected = true;
  }

  for (const topic of topics) {
    await consumer.subscribe({ topic, fromBeginning: false });
  }

  consumer
    .run({
      eachMessage: async (payload) => {
        try {
          await handler(payload);
        } catch (error) {
          console.error("Consumer handler error", error);
        }
      },
    })
    .catch((error) => console.error("Kafka consumer run failure", error));
}

export async function stopConsumer() {
  if (isConnected) {
    await consumer.disconnect();
    isConnected = false;
  }
}

process.on("SIGTERM", () => stopConsumer());
