// Source: Thiago771414/case-real-de-engenharia-distribu-da — apps/api/src/orders/orders.service.ts (OrdersService.create), reduced by hand, not copied
// Label: safe
// Why: order and outbox row written in one transaction on `this.db.pool`'s checkout; catch rolls back and maps the unique violation, finally releases
import { ConflictException, Injectable } from "@nestjs/common";
import { randomUUID } from "node:crypto";
import { DbService } from "../db/db.service";
import { MetricsService } from "../metrics/metrics.service";

@Injectable()
export class OrdersService {
  constructor(
    private readonly db: DbService,
    private readonly metrics: MetricsService,
  ) {}

  async create(body: { customerId: string; total: number }, key: string) {
    const orderId = randomUUID();
    const client = await this.db.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO orders (id, customer_id, total, idempotency_key) VALUES ($1, $2, $3, $4)", [
        orderId,
        body.customerId,
        body.total,
        key,
      ]);
      await client.query("INSERT INTO outbox_events (aggregate_id, topic, payload) VALUES ($1, $2, $3::jsonb)", [
        orderId,
        "orders.created",
        JSON.stringify({ orderId, ...body }),
      ]);
      await client.query("COMMIT");
      this.metrics.ordersCreated.inc();
      return { orderId, status: "created" };
    } catch (e: unknown) {
      await client.query("ROLLBACK");
      if ((e as { code?: string }).code === "23505") {
        throw new ConflictException("duplicate idempotency key");
      }
      throw e;
    } finally {
      client.release();
    }
  }
}
