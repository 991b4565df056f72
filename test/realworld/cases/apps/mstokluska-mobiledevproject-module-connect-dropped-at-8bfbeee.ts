// Source: MStokluska/MobileDevProject — server/index.ts at 8bfbeee (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the server module checks a client out at load (`const db = pool.connect();`) and never reads the promise again: the Apollo context shadows `db` with its own per-request checkout, so the start-up client is never released (the file's other checkout, the context's, is a case of its own)
import express from "express";
import { ApolloServer, PubSub } from "apollo-server-express";
import http from "http";
import { pool } from "./db";
import schema from "./schema";
import { port } from "./env";

const app = express();
app.use(express.json());

const db = pool.connect();

const pubsub = new PubSub();

const server = new ApolloServer({
  schema,
  context: async (session: any) => ({ pubsub, session }),
  subscriptions: {
    onConnect(params, ws, ctx) {
      return { request: ctx.request };
    },
  },
});

const httpServer = http.createServer(app);
server.installSubscriptionHandlers(httpServer);
server.applyMiddleware({ app, path: "/graphql" });
httpServer.listen(port, () => console.log(`Server is listening on port ${port}`));
