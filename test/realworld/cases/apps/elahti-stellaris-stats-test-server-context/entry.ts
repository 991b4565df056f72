// Source: elahti/stellaris-stats — src/graphql/testGraphQLServerMain.ts at 153d8fc (the test GraphQL server's startStandaloneServer context), reduced by hand, not copied
// Label: leak
// Why: the integration tests' server checks a client out in the Apollo 4 context and releases it only in willSendResponse; requests Apollo rejects in runHttpQuery (an empty or non-JSON POST body) never reach requestDidStart, so their client stays checked out of the test pool
import { ApolloServer, type GraphQLRequestContext } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { PoolClient } from "pg";
import { DbConfig, getDbPool } from "./db.js";
import { createDataLoaders } from "./dataloaders/index.js";
import { resolvers } from "./generated/resolvers.js";
import { typeDefs } from "./generated/typeDefs.js";

type GraphQLServerContext = { client: PoolClient; loaders: ReturnType<typeof createDataLoaders>; redisClient: unknown };

export const main = async (mockRedis: unknown, port: number) => {
  const pool = getDbPool(DbConfig.parse(process.env));
  const server = new ApolloServer<GraphQLServerContext>({
    typeDefs,
    resolvers,
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

  await startStandaloneServer(server, {
    listen: { port },
    context: async () => {
      const client = await pool.connect();
      return { client, loaders: createDataLoaders(client), redisClient: mockRedis };
    },
  });
  console.log(`SERVER_READY:${port}`);
};
