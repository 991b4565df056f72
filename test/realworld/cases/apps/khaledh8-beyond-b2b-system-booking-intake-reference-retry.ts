// Source: KhaledH8/beyond-b2b-system — apps/api/src/booking/booking-intake.service.ts at 5d03b59 (BookingIntakeService.intake), reduced by hand, not copied
// Label: safe
// Why: inside one transaction a `for` loop retries the INSERT on a reference collision (`continue`), and an idempotency collision rolls back and `return`s the committed winner from inside the loop's catch; every return and throw leaves through the outer finally's `client.release()`
import { Injectable, Logger } from "@nestjs/common";
import type { Pool, PoolClient } from "pg";

const REFERENCE_RETRY_LIMIT = 5;

interface BookingIntakeRecord {
  id: string;
  tenantId: string;
  reference: string;
}

interface BookingRepository {
  insertInitiated(client: PoolClient, input: { id: string; tenantId: string; reference: string; idempotencyKey: string }): Promise<BookingIntakeRecord>;
  findByIdempotencyKey(db: Pool, tenantId: string, key: string): Promise<BookingIntakeRecord | null>;
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string; constraint?: string }).code === "23505" && (err as { constraint?: string }).constraint === constraint;
}

function generateBookingReference(): string {
  return `BK-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
}

@Injectable()
export class BookingIntakeService {
  private readonly logger = new Logger(BookingIntakeService.name);

  constructor(private readonly pool: Pool, private readonly repository: BookingRepository) {}

  async intake(input: { id: string; tenantId: string; idempotencyKey: string }): Promise<{ booking: BookingIntakeRecord; replayed: boolean }> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      let created: BookingIntakeRecord | undefined;
      let lastErr: unknown;
      for (let attempt = 0; attempt < REFERENCE_RETRY_LIMIT; attempt++) {
        try {
          created = await this.repository.insertInitiated(client, { ...input, reference: generateBookingReference() });
          break;
        } catch (err) {
          if (isUniqueViolation(err, "booking_booking_idem_uq")) {
            await client.query("ROLLBACK").catch(() => undefined);
            const winner = await this.repository.findByIdempotencyKey(this.pool, input.tenantId, input.idempotencyKey);
            if (winner) {
              return { booking: winner, replayed: true };
            }
            throw err;
          }
          if (isUniqueViolation(err, "booking_booking_ref_uq")) {
            lastErr = err;
            continue;
          }
          throw err;
        }
      }
      if (!created) {
        throw new Error(`Could not allocate a unique booking reference after ${REFERENCE_RETRY_LIMIT} attempts`, { cause: lastErr });
      }
      await client.query("INSERT INTO audit_events (kind, target_id) VALUES ('BOOKING_CREATED', $1)", [created.id]);
      await client.query("COMMIT");
      return { booking: created, replayed: false };
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      this.logger.error({ evt: "booking_intake", outcome: "ERROR", errorReason: err instanceof Error ? err.message : String(err) });
      throw err;
    } finally {
      client.release();
    }
  }
}
