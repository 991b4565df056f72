// Source: AaronChen11/Verita-AI-Take-Home-Project-Metered-API-Billing — backend/src/repositories/paymentWebhooks.ts at 43821b4 (PostgresPaymentWebhookRepository.processPaidInvoice), reduced by hand, not copied
// Label: safe
// Why: the payment webhook handler records the delivery idempotently in a transaction (a duplicate rolls back and returns early), marks the invoice paid and the delivery processed; catch rolls back and rethrows, finally releases
import type { Pool, PoolClient } from "pg";

type PaidInvoiceWebhookInput = { providerEventId: string; invoiceId: string; eventType: string; payload: unknown; paidAt: Date };

async function insertWebhookDelivery(client: PoolClient, input: PaidInvoiceWebhookInput) {
  const result = await client.query<{ id: string }>(
    "INSERT INTO webhook_deliveries (provider_event_id, invoice_id, event_type, payload) VALUES ($1, $2, $3, $4) ON CONFLICT (provider_event_id) DO NOTHING RETURNING id",
    [input.providerEventId, input.invoiceId, input.eventType, input.payload],
  );
  return result.rows[0];
}

async function markInvoicePaid(client: PoolClient, invoiceId: string, paidAt: Date) {
  await client.query("UPDATE invoices SET status = 'paid', paid_at = $2 WHERE id = $1", [invoiceId, paidAt]);
}

async function markWebhookProcessed(client: PoolClient, id: string) {
  await client.query("UPDATE webhook_deliveries SET processed_at = now() WHERE id = $1", [id]);
}

export class PostgresPaymentWebhookRepository {
  constructor(private readonly pool: Pool) {}

  async processPaidInvoice(input: PaidInvoiceWebhookInput) {
    const client = await this.pool.connect();

    try {
      await client.query("BEGIN");
      const delivery = await insertWebhookDelivery(client, input);

      if (!delivery) {
        await client.query("ROLLBACK");
        return { duplicate: true, invoiceId: input.invoiceId };
      }

      await markInvoicePaid(client, input.invoiceId, input.paidAt);
      await markWebhookProcessed(client, delivery.id);
      await client.query("COMMIT");
      return { duplicate: false, invoiceId: input.invoiceId };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
