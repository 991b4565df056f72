// Source: MStokluska/MobileDevProject — server/index.ts at 05adf33 (ApolloServer context and formatResponse), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each HTTP operation's context checks a client out and only `formatResponse` releases it; apollo-server-core 2.x's requestPipeline (read at packages/apollo-server-core/src/requestPipeline.ts) answers a syntax error, a validation error, an error thrown by a didResolveOperation hook (a GET carrying a mutation) and an error thrown by execution itself (a resolver's error stays in the result) through sendErrorResponse → sendResponse, which never calls config.formatResponse, so every such request keeps its checkout
import { ApolloServer } from "apollo-server-express";
import http from "http";
import { pool } from "./db";
import { pubsub } from "./mqtt";
import schema from "./schema";
import { port, origin } from "./env";
import { app } from "./app";

const server = new ApolloServer({
  schema,
  context: async (session: any) => {
    let db;
    if (!session.connection) {
      db = await pool.connect();
    }
    return {
      pubsub,
      db,
    };
  },
  subscriptions: {
    onConnect(params, ws, ctx) {
      return { request: ctx.request };
    },
  },
  formatResponse: (res: any, { context }: { context: any }) => {
    context.db.release();
    return res;
  },
});

server.applyMiddleware({ app, path: "/graphql", cors: { origin } });

const httpServer = http.createServer(app);
server.installSubscriptionHandlers(httpServer);
httpServer.listen(port, () => console.log(`Server is listening on port ${port}`));
