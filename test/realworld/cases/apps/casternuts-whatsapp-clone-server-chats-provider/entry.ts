// Source: casternuts/whatsapp-clone-server — modules/chats/chats.provider.ts (Chats.findChatsByUser), reduced by hand, not copied
// Label: safe
// Why: `this.db.getClient()` hands out the session's client that Database (./database.provider.ts) checked out in onRequest and releases in onResponse; this method neither owns nor releases it
import { Inject, Injectable, ProviderScope } from "@graphql-modules/di";
import sql from "sql-template-strings";
import { Database } from "./database.provider";

@Injectable({ scope: ProviderScope.Session })
export class Chats {
  @Inject() private db: Database;

  async findChatsByUser(userId: string) {
    const db = await this.db.getClient();
    const { rows } = await db.query(sql`
      SELECT chats.* FROM chats, chats_users
      WHERE chats.id = chats_users.chat_id AND chats_users.user_id = ${userId}
    `);
    return rows;
  }
}
