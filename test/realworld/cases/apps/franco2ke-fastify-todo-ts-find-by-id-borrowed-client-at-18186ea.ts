// Source: franco2ke/fastify-todo-ts — src/plugins/tasks/tasks-repository.ts at 18186ea (findById, "add tasks crud functions and endpoints"), reduced by hand, not copied
// Label: safe
// Why: a caller inside a transaction passes its own client, which findById must not release; otherwise `client ??= await fastify.pg.connect()` checks one out and the finally releases exactly that one (shouldRelease is fixed before the checkout)
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { PoolClient } from "pg";

type Task = { id: number; title: string };

function createRepository(fastify: FastifyInstance) {
  return {
    // client added to allow reusing if called from an existing transaction
    async findById(id: number, client?: PoolClient): Promise<Task | null> {
      const shouldRelease = !client;

      client ??= await fastify.pg.connect();

      try {
        const result = await client.query<Task>("SELECT * FROM tasks WHERE id = $1", [id]);
        return result.rows[0] ?? null;
      } finally {
        if (shouldRelease) {
          client.release();
        }
      }
    },
  };
}

export default fp(async function (fastify: FastifyInstance) {
  fastify.decorate("tasksRepository", createRepository(fastify));
});
