// Source: elahti/stellaris-stats — src/graphql/graphqlServerMain.ts and src/graphql/expressMiddleware.ts at 153d8fc (the HTTP context of runGraphQLServer), reduced by hand, not copied
// Label: leak
// Why: the project's own express middleware awaits this context (a checkout) before handing the request to Apollo's executeHTTPGraphQLRequest, and only the willSendResponse plugin releases it; Apollo answers the landing page (a browser's GET with Accept: text/html) and the requests runHttpQuery rejects as BadRequestError (an empty or non-JSON POST body, a non-string query, a PUT) without running requestDidStart, so those checkouts are never released
import { ApolloServer, HeaderMap, type GraphQLRequestContext } from "@apollo/server";
import express, { json, type Request, type Response } from "express";
import type { PoolClient } from "pg";
import { DbConfig, getDbPool } from "./db.js";
import { createDataLoaders } from "./dataloaders/index.js";
import { schema } from "./schema.js";

type GraphQLServerContext = { client: PoolClient; loaders: ReturnType<typeof createDataLoaders> };

const expressMiddleware =
  (server: ApolloServer<GraphQLServerContext>, options: { context: () => Promise<GraphQLServerContext> }) =>
  (req: Request, res: Response): void => {
    void (async () => {
      const context = await options.context();
      const result = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers: new HeaderMap(), search: "", body: req.body },
        context: () => Promise.resolve(context),
      });
      res.status(result.status ?? 200);
      if (result.body.kind === "complete") res.send(result.body.string);
    })();
  };

export const runGraphQLServer = async () => {
  const pool = getDbPool(DbConfig.parse(process.env));
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

  const app = express();
  app.use("/graphql", json());
  app.use(
    "/graphql",
    expressMiddleware(server, {
      context: async () => {
        const client = await pool.connect();
        return { client, loaders: createDataLoaders(client) };
      },
    }),
  );
  return app;
};
