// Source: gnew1/GNEW3 — apps/aml-service/src/app.ts (POST /ingest/tx), reduced by hand, not copied
// Label: safe
// Why: the request body is parsed before the checkout; every query and the scoring run inside try, catch rolls back and answers, finally releases
import express from "express";
import { Pool } from "pg";
import { z } from "zod";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
const TxIn = z.object({ userId: z.string(), amount: z.number().nonnegative() });

function score(model: unknown, velocity: number, amount: number) {
  return velocity * 0.1 + amount / 1000;
}

app.post("/ingest/tx", async (req, res) => {
  const body = TxIn.parse(req.body);
  const client = await pool.connect();
  try {
    await client.query("begin");
    const { rows } = await client.query(
      "select count(1)::int as n from tx_events where user_id=$1 and ts > now() - interval '10 minutes'",
      [body.userId],
    );
    const velocity = Number(rows[0]?.n ?? 0);
    const model = await client.query("select cfg from aml_model where id='active'");
    const s = score(model.rows[0]?.cfg, velocity, body.amount);
    await client.query("insert into tx_events(user_id, amount, score) values($1,$2,$3)", [body.userId, body.amount, s]);
    await client.query("commit");
    res.json({ score: s });
  } catch (e: unknown) {
    await client.query("rollback");
    res.status(400).json({ error: e instanceof Error ? e.message : "ingest_error" });
  } finally {
    client.release();
  }
});

export default app;
