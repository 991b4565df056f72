// Source: casternuts/whatsapp-clone-server — tests/mutations/addChat.test.ts (context factory), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each request's context checks out a client, but the formatResponse hook that should release it has the release commented out
import { ApolloServer, PubSub } from "apollo-server-express";
import schema from "../../schema";
import { pool } from "../../db";

export function makeServer(currentUser: unknown) {
  return new ApolloServer({
    schema,
    context: async () => ({
      pubsub: new PubSub(),
      currentUser,
      db: await pool.connect(),
    }),
    formatResponse: (res: any, context: any) => {
      // context.context.db.release();
      return res;
    },
  });
}
