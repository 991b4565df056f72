// Source: nermalcat69/bun-zerops — src/routes/tasks.js (POST /tasks on an Elysia router, Bun, at 27a8232), reduced by hand, not copied
// Label: safe
// Why: the Elysia handler checks a client out of the pg Pool from ../config/database.js, runs BEGIN, two inserts, a BullMQ add and COMMIT in a try whose catch rolls back and rethrows, and releases in the finally
import { Elysia } from "elysia";
import pg from "pg";
import { taskQueue } from "../config/queue.js";
import { redis } from "../config/redis.js";

const pool = new pg.Pool({ connectionString: Bun.env.DATABASE_URL, max: 20 });

export const tasksRouter = new Elysia().post("/tasks", async ({ body }) => {
  if (!["low", "medium", "high"].includes(body.priority)) {
    throw new Error("Priority must be low, medium, or high");
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query(
      "INSERT INTO tasks (title, description, priority) VALUES ($1, $2, $3) RETURNING *",
      [body.title, body.description, body.priority],
    );
    await client.query("INSERT INTO task_logs (task_id, status, message) VALUES ($1, $2, $3)", [result.rows[0].id, "pending", "Task created"]);
    await taskQueue.add("process-task", { taskId: result.rows[0].id, ...body }, { attempts: 3 });
    await client.query("COMMIT");
    await redis.del("tasks");
    return result.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
});
