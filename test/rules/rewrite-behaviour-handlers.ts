// Snippets for rewrite-behaviour.test.ts (see rewrite-behaviour-real-code.ts for the format): request handlers that
// wrap the held code in `try { … } catch (error) { res.status(500)… }` and return a response on some paths only.
// The rewrite returns the helper's value from inside that `try`, since falling off it ends the handler either way.
// Reductions of rewrites read on public repositories, named after them (written here, not copied).
import type { BehaviourCase } from "../support/rewrite-behaviour.js";

// A response that records what the handler sent, and returns itself as express's does.
const RESPONSE = `function response(log: unknown[]) {
  const res = {
    code: 200,
    status(code: number) {
      res.code = code;
      return res;
    },
    json(body: unknown) {
      log.push({ status: res.code, body });
      return res;
    },
  };
  return res;
}`;

export const handlerCases: BehaviourCase[] = [
  {
    name: "a handler's transaction returns a 400 from inside on one path and falls off after a 201 on the other, an outer catch answers 500 (Rudrappa838/school-software's allocateRoom, reduced)",
    rule: "prefer-with-client",
    inputs: ["free", "full"],
    code: `import type { Pool } from "pg";
${RESPONSE}
async function allocate(pool: Pool, room: string, res: ReturnType<typeof response>) {
  try {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const check = await client.query("SELECT count(*)::int AS n FROM items WHERE v = $1", [room]);
      if (room === "full" || check.rows[0].n > 0) {
        await client.query("ROLLBACK");
        return res.status(400).json({ error: "occupied" });
      }
      const inserted = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING v", [room]);
      await client.query("COMMIT");
      res.status(201).json(inserted.rows[0]);
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
  } catch (error) {
    res.status(500).json({ error: (error as Error).message });
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  const res = response(log);
  const returned = await allocate(pool, input, res);
  return returned === undefined ? "fell off" : "returned the response";
}`,
  },
  {
    name: "a controller returns its response before a release that never runs, an outer catch answers 500 (evilsmoon/backend-express-pg-ts-restserver's controllers, reduced)",
    rule: "no-leaked-client",
    inputs: ["a"],
    code: `import type { Pool } from "pg";
${RESPONSE}
async function getCities(pool: Pool, name: string, res: ReturnType<typeof response>) {
  try {
    const client = await pool.connect();
    const resp = await client.query("SELECT count(*)::int AS n FROM items WHERE v = $1", [name]);
    return res.status(200).json(resp.rows);
    client.release();
  } catch (error) {
    return res.status(500).json("Internal Server Error " + (error as Error).message);
  }
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  const res = response(log);
  return (await getCities(pool, input, res)) === res;
}`,
  },
];
