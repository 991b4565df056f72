// Source: ibrahim-rouis/Todos-API — src/plugins/postgres.ts at f885cca (the `db_connection_wrapper` decorator), reduced by hand, not copied
// Label: safe
// Why: a Fastify decorator lends a @fastify/postgres checkout to the request's callback and releases it in a finally whether the callback resolves or throws; the health route borrows it through the decorator
import fp from "fastify-plugin";
import { PostgresPluginOptions, fastifyPostgres } from "@fastify/postgres";

export default fp<PostgresPluginOptions>(async (fastify, opts) => {
  fastify.register(fastifyPostgres, {
    connectionString: process.env.DATABASE_URL,
  });

  fastify.decorate("db_connection_wrapper", async function (callback: (client: any) => Promise<any>): Promise<any> {
    const client = await this.pg.connect();
    try {
      return await callback(client);
    } finally {
      client.release();
    }
  });

  fastify.get("/api/health", async (request, reply) => {
    await fastify.db_connection_wrapper(async (client) => {
      const { rows } = await client.query("SELECT 1 AS ok");
      if (rows[0].ok === 1) {
        reply.send({ message: "Database is working" });
      } else {
        reply.status(500).send({ message: "Server is not connected to the database", statusCode: 500 });
      }
    });
  });
});

declare module "fastify" {
  export interface FastifyInstance {
    db_connection_wrapper: (callback: (client: any) => Promise<any>) => Promise<any>;
  }
}
