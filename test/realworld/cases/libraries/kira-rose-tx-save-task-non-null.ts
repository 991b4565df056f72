// Source: kira-rose/tx — src/storage/postgres.ts (PostgresStorage.saveTask), reduced by hand, not copied
// Label: safe
// Why: the pool field is optional (`this.pool!`); the upsert and the field loop run in the try, the catch rolls back and rethrows, the finally releases
import type { Pool } from "pg";

declare function createPool(): Pool;

export class PostgresStorage {
  private pool?: Pool;

  private ensurePool() {
    this.pool ??= createPool();
  }

  async saveTask(task: { id: string; raw: string; fields: Record<string, { value: unknown }> }): Promise<void> {
    this.ensurePool();
    const client = await this.pool!.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO tasks (id, raw) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET raw = EXCLUDED.raw", [task.id, task.raw]);
      await client.query("DELETE FROM task_fields WHERE task_id = $1", [task.id]);
      for (const [name, field] of Object.entries(task.fields)) {
        const value = Array.isArray(field.value) ? field.value.join(",") : String(field.value ?? "");
        await client.query("INSERT INTO task_fields (task_id, field_name, field_value) VALUES ($1, $2, $3)", [task.id, name, value]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
