// Source: https://github.com/typeorm/typeorm/issues/4866 (the reporter's express route, "TypeORM becomes unresponsive after this code is run 10x"; "I was missing a call to `runner.release()`"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner starts a transaction (taking a pooled connection), commits and the route answers without ever releasing it: after the pool's 10 requests every query waits forever
import { Router } from "express";
import { dbconnection } from "./db";

const router = Router();

router.get("/testtest", async (req, res) => {
  const db = await dbconnection;
  const runner = db.createQueryRunner();
  await runner.startTransaction();
  await runner.query("UPDATE counters SET hits = hits + 1 WHERE id = 1");
  await runner.commitTransaction();
  return res.json({ success: true });
});

export default router;
