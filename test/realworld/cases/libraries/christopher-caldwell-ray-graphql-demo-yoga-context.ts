// Source: christopher-caldwell/ray-graphql-demo — src/index.ts (the yoga `context` factory) with src/db/connectionManager.ts, reduced by hand, not copied
// Label: hand-over
// Why: the per-request client is returned in the GraphQL context; the server plugin's onResponse releases it
import { createYoga } from "graphql-yoga";
import { PgPool } from "@/db";

declare const schema: Parameters<typeof createYoga>[0]["schema"];

export const yoga = createYoga({
  schema,
  async context() {
    const dbClient = await PgPool.connect();
    return { dbClient };
  },
  plugins: [
    {
      onResponse(params: any) {
        try {
          params.serverContext.dbClient.release();
        } catch (e) {
          console.error("release failed", e);
        }
      },
    },
  ],
});
