// Source: alessandrob88/clean-architecture-fastify-postgres — src/index.ts (start), reduced by hand, not copied
// Label: hand-over
// Why: the start-up checkout is passed to the repository's constructor, which keeps it as the application's one client for the process's life
import fastifyPostgres from "@fastify/postgres";
import Fastify from "fastify";
import { PostgresTodoDataAccess } from "./data-access/postgres-todo";
import { todoRoutes } from "./routes/todo";
import { TodoController } from "./controllers/todo";

const server = Fastify({ logger: true });

async function start() {
  await server.register(fastifyPostgres, {
    connectionString: `postgres://${process.env.POSTGRES_USER}@${process.env.POSTGRES_SERVICE}/${process.env.POSTGRES_DB}`,
  });

  const client = await server.pg.connect();

  const todoRepository = new PostgresTodoDataAccess(client);
  const todoController = new TodoController(todoRepository);

  await server.register(todoRoutes, { todoController });

  server.listen({ port: Number(process.env.PORT), host: "0.0.0.0" });
}

start();
