// Source: elahti/stellaris-stats — src/graphql/graphqlServerMain.ts at 153d8fc (runGraphQLServer, the graphql-ws `useServer` context), reduced by hand, not copied
// Label: leak
// Why: graphql-ws calls the `context` option once per subscribe message, and each call checks a client out for the operation's loaders; only Apollo's HTTP plugin (willSendResponse) releases `contextValue.client`, and the WebSocket server has no onComplete/onDisconnect release, so every subscription keeps its client for good
import http from "node:http";
import { ApolloServer, type GraphQLRequestContext } from "@apollo/server";
import express from "express";
import { useServer } from "graphql-ws/lib/use/ws";
import { WebSocketServer } from "ws";
import type { PoolClient } from "pg";
import { DbConfig, getDbPool } from "./db.js";
import { createDataLoaders } from "./dataloaders/index.js";
import { schema } from "./schema.js";

type GraphQLServerContext = { client: PoolClient; loaders: ReturnType<typeof createDataLoaders> };

export const runGraphQLServer = async () => {
  const pool = getDbPool(DbConfig.parse(process.env));
  const app = express();
  const httpServer = http.createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });

  const serverCleanup = useServer(
    {
      schema,
      context: async () => {
        const client = await pool.connect();
        return { client, loaders: createDataLoaders(client) };
      },
      onDisconnect: (_ctx, code) => {
        console.debug("WebSocket disconnected", code);
      },
    },
    wsServer,
  );

  const server = new ApolloServer<GraphQLServerContext>({
    schema,
    plugins: [
      {
        requestDidStart: async () => ({
          willSendResponse: async (requestContext: GraphQLRequestContext<GraphQLServerContext>) => {
            requestContext.contextValue.client.release();
          },
        }),
      },
    ],
  });
  await server.start();
  return { httpServer, serverCleanup };
};
