// Source: Jonkor/task-manager-Postgre — src/routes/route.js (POST /tasks), reduced by hand, not copied
// Label: safe
// Why: between connect() and the try whose finally releases only uuid's v4() (no argument) and `new Date().toISOString()` run, and neither can throw; the body is validated by the route's schema
import { v4 as uuidv4 } from "uuid";

export default async function routes(fastify) {
  fastify.post("/tasks", { schema: taskSchema, onRequest: [fastify.authenticate] }, async (req, reply) => {
    const client = await fastify.pg.connect();
    const { description, completed } = req.body;
    const id = uuidv4();
    const ownerId = req.user.id;
    const createdAt = new Date().toISOString();
    const updatedAt = new Date().toISOString();
    try {
      const { rows } = await client.query(
        'INSERT INTO tasks (id, description, completed, "createdAt", "updatedAt", "userId") VALUES ($1, $2, $3, $4, $5, $6) RETURNING description, completed',
        [id, description, completed, createdAt, updatedAt, ownerId],
      );
      reply.code(201);
      return rows;
    } catch (error) {
      throw new Error(error);
    } finally {
      client.release();
    }
  });
}

const taskSchema = {
  body: { type: "object", required: ["description"], properties: { description: { type: "string" }, completed: { type: "boolean" } } },
};
