// Source: AmoghKharche/FinGuard — backend/src/workers/transactionWorker.ts at 3f07af3 (processEvent), reduced by hand, not copied
// Label: safe
// Why: a Redis-stream worker of a Fastify app checks a client out of the app's own `pg` decorator (a pg Pool its plugin creates, not @fastify/postgres) and reads the event's id before its try; the catch awaits ROLLBACK, acks or schedules a retry and may return early, and the finally releases — the `for (const client of clients)` loop that pushes metrics to WebSocket clients shadows the name only inside the loop
import type { FastifyInstance } from "fastify";

const fraudRules: Array<{ evaluate(app: FastifyInstance, client: unknown, event: any): Promise<{ triggered: boolean; severity: number }> }> = [];

export async function processEvent(app: FastifyInstance, stream: string, group: string, id: string, event: any) {
  const client = await app.pg.connect();
  const transactionId = event.transactionId;

  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO processed_transactions (transaction_id) VALUES ($1)", [transactionId]);

    let riskScore = 0;
    for (const rule of fraudRules) {
      const result = await rule.evaluate(app, client, event);
      if (result.triggered) riskScore += result.severity;
    }
    const decision = riskScore >= 5 ? "DECLINED" : riskScore >= 2 ? "REVIEW" : "APPROVED";
    await client.query("INSERT INTO transaction_decisions (transaction_id, risk_score, decision) VALUES ($1, $2, $3)", [
      transactionId,
      riskScore,
      decision,
    ]);
    await client.query("COMMIT");

    const clients = (app as any).metricClients;
    if (clients && clients.size > 0) {
      for (const client of clients) {
        (client as { send: (data: string) => void }).send(JSON.stringify({ type: "metrics_update" }));
      }
    }

    await (app as any).redis.xack(stream, group, id);
  } catch (err: any) {
    await client.query("ROLLBACK");

    if (err.code === "23505") {
      app.log.warn({ transactionId }, "Duplicate transaction skipped");
      await (app as any).redis.xack(stream, group, id);
      return;
    }

    const retryKey = `retry:${id}`;
    const retryCount = await (app as any).redis.incr(retryKey);
    await (app as any).redis.expire(retryKey, 3600);
    if (retryCount > 3) {
      await (app as any).redis.xadd("dlq", "*", "payload", JSON.stringify({ event, retryCount }));
      await (app as any).redis.xack(stream, group, id);
      await (app as any).redis.del(retryKey);
    } else {
      app.log.warn({ transactionId, retryCount }, "Message will be retried");
    }
  } finally {
    client.release();
  }
}
