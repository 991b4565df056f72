// Source: casternuts/whatsapp-clone-server — tests/mutations/getUsers.test.ts (context factory), reduced by hand, not copied
// Label: hand-over
// Why: the client goes into the request's context; the server's formatResponse hook releases it once the response is built
import { ApolloServer } from "apollo-server-express";
import schema from "../../schema";
import { pool } from "../../db";

export function makeServer(currentUser: unknown) {
  return new ApolloServer({
    schema,
    context: async () => ({
      currentUser,
      db: await pool.connect(),
    }),
    formatResponse: (res: any, { context }: { context: any }) => {
      context.db.release();
      return res;
    },
  });
}
