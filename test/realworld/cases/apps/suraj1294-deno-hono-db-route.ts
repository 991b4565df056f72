// Source: suraj1294/deno-hono — server.ts at 46fd46a (GET /db), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Hono route on Deno checks a client out of Neon's pg-compatible Pool and answers with the rows without ever releasing it
import { Hono } from "hono";
import { Pool } from "@neondatabase/serverless";

const app = new Hono();

const pool = new Pool({ connectionString: Deno.env.get("DATABASE_URL") || "" });

app.get("/db", async (c) => {
  const client = await pool.connect();
  const res = await client.query("SELECT * FROM users");
  return c.json({ ok: "true", data: res.rows });
});

Deno.serve({ port: 3000 }, app.fetch);
