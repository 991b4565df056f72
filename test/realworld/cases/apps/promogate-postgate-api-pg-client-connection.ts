// Source: Promogate/postgate-api — src/lib/pg.ts at e5b71b3d (getPostgresConnection), reduced by hand, not copied
// Label: hand-over
// Why: a WhatsApp gateway's helper makes a dedicated pg `Client`, connects it and returns it to the caller together with an insert method bound to it: the connection is the caller's to end
import { Client } from "pg";
import { createId } from "@paralleldrive/cuid2";

export async function getPostgresConnection() {
  const client = new Client({
    user: "postgate",
    host: "localhost",
    database: "postgate",
    port: 5432,
  });

  await client.connect();

  return {
    client,
    chats: {
      async insert(chat: any) {
        const { whatsappId, whatsappName, isGroup, whatsappSessionId } = chat;
        await client.query(
          `INSERT INTO "Chats" (id, "whatsappId", "whatsappName", "isGroup", "whatsappSessionId") VALUES ($1, $2, $3, $4, $5)`,
          [createId(), whatsappId, whatsappName, isGroup, whatsappSessionId],
        );
      },
    },
  };
}
