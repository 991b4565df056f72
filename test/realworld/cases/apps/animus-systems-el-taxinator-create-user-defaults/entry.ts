// Source: Animus-Systems/el-taxinator — models/defaults-server.ts at 3d570f1 (createUserDefaults), reduced by hand, not copied
// Label: safe
// Why: the pool comes from an awaited `getPool()` of lib/pg (an embedded server started on first use); BEGIN, the seeding loops and COMMIT run inside the try, ROLLBACK in the catch, release in the finally
import { randomUUID } from "node:crypto";
import { getPool } from "./pg";

const PROJECTS = [{ code: "personal", name: "Personal" }];
const CATEGORIES = [{ code: "food", name: "Food" }];

export async function seedUserDefaults(userId: string) {
  const pool = await getPool();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const p of PROJECTS) {
      await client.query(
        "INSERT INTO projects (id, user_id, code, name) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, code) DO UPDATE SET name = EXCLUDED.name",
        [randomUUID(), userId, p.code, p.name],
      );
    }
    for (const c of CATEGORIES) {
      await client.query(
        "INSERT INTO categories (id, user_id, code, name) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, code) DO UPDATE SET name = EXCLUDED.name",
        [randomUUID(), userId, c.code, c.name],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
