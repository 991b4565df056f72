// Source: nermalcat69/bun-zerops — src/routes/tasks.js at 27a8232 (Elysia .post('/tasks')), reduced by hand, not copied
// Label: safe
// Why: a Bun/Elysia route inserts the task and its log line in a transaction, enqueues a BullMQ job and clears a Redis key inside the same try; every path ends in the finally's release
import { Elysia } from "elysia";
import { taskQueue } from "../config/queue.js";
import { pool } from "../config/database.js";
import { redis } from "../config/redis.js";

export const tasksRouter = new Elysia().post("/tasks", async ({ body }) => {
  if (!["low", "medium", "high"].includes(body.priority)) {
    throw new Error("Priority must be low, medium, or high");
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const inserted = await client.query(
      "INSERT INTO tasks (title, description, priority) VALUES ($1, $2, $3) RETURNING *",
      [body.title, body.description, body.priority]
    );
    await client.query("INSERT INTO task_logs (task_id, status, message) VALUES ($1, $2, $3)", [
      inserted.rows[0].id,
      "pending",
      "Task created",
    ]);
    await taskQueue.add("process-task", { taskId: inserted.rows[0].id, ...body }, { attempts: 3 });
    await client.query("COMMIT");
    await redis.del("tasks");
    return inserted.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
});
