// Source: AndriianChestnykh/high-load-prediction-market-learning-lab — src/routes/trade.ts (POST /trade), reduced by hand, not copied
// Label: safe
// Why: each retry attempt checks a client out inside the loop; the `return`s and the `continue` after a serialization failure all leave through the attempt's finally, which releases
import { Router, type Request, type Response } from "express";
import { pool } from "../db/pool";

const MAX_RETRIES = 3;
const router = Router();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

router.post("/trade", async (req: Request, res: Response): Promise<void> => {
  const { user_id, market_id, shares } = req.body;
  let lastError: Error | null = null;
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    if (attempt > 0) await sleep(10 * 2 ** attempt);
    const client = await pool.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE");
      const market = (await client.query("SELECT * FROM markets WHERE id = $1 FOR UPDATE", [market_id])).rows[0];
      if (!market) {
        await client.query("ROLLBACK");
        res.status(404).json({ error: "Market not found" });
        return;
      }
      await client.query("UPDATE users SET balance = balance - $1 WHERE id = $2", [shares, user_id]);
      await client.query("COMMIT");
      res.json({ ok: true });
      return;
    } catch (err: any) {
      await client.query("ROLLBACK");
      if (err?.code === "40001") {
        lastError = err;
        continue;
      }
      res.status(500).json({ error: "Trade failed" });
      return;
    } finally {
      client.release();
    }
  }
  res.status(503).json({ error: "Too much contention", detail: lastError?.message });
});

export default router;
