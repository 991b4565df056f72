// Source: KhaledH8/beyond-b2b-system — apps/api/src/booking/booking.service.ts at 5d03b59 (BookingService.confirm), reduced by hand, not copied
// Label: safe
// Why: inside an outer `try` whose `finally` emits one log event per attempt, the confirm transaction — a ROLLBACK then 409 `throw` when the status flip lost a race, a 409 `throw` for a pruned offer snapshot, the snapshot pins, the FX lock, the audit insert and COMMIT — runs in an inner `try` whose `catch` rolls back (its failure swallowed) and rethrows, and whose `finally` releases
import { ConflictException, Inject, Injectable, NotFoundException } from "@nestjs/common";
import type { Pool } from "@bb/db";
import { PG_POOL } from "../database/database.module";
import { BookingRepository } from "./booking.repository";
import { SnapshotRepository } from "./snapshot.repository";
import { AuditService } from "../audit/audit.service";

interface ConfirmBookingInput { bookingId: string; chargeCurrency: string }
type ConfirmBookingResult = { bookingId: string; alreadyConfirmed: boolean };

@Injectable()
export class BookingService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly repository: BookingRepository,
    private readonly snapshotRepository: SnapshotRepository,
    private readonly auditService: AuditService,
  ) {}

  async confirm(input: ConfirmBookingInput): Promise<ConfirmBookingResult> {
    let outcome: ConfirmBookingResult | undefined;
    let error: unknown;
    try {
      const existing = await this.repository.loadById(this.pool, input.bookingId);
      if (!existing) {
        throw new NotFoundException(`Booking not found: ${input.bookingId}`);
      }
      if (existing.status === "CONFIRMED") {
        outcome = { bookingId: existing.id, alreadyConfirmed: true };
        return outcome;
      }

      const client = await this.pool.connect();
      try {
        await client.query("BEGIN");
        const update = await this.repository.markConfirmed(client, input.bookingId);
        if (!update.updated) {
          await client.query("ROLLBACK");
          throw new ConflictException(`Booking ${input.bookingId} state changed during confirm; retry`);
        }
        const src = await this.snapshotRepository.loadSourceOfferSnapshot(client, existing.tenantId, existing.sourceOfferSnapshotId);
        if (!src) {
          throw new ConflictException(`Cannot confirm booking ${input.bookingId}: source offer snapshot not found`);
        }
        await this.snapshotRepository.insertBookingSourcedOfferSnapshot(client, { bookingId: existing.id, source: src });
        await this.auditService.emitInTransaction(client, { kind: "BOOKING_CONFIRMED", targetId: existing.id });
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }

      outcome = { bookingId: input.bookingId, alreadyConfirmed: false };
      return outcome;
    } catch (err) {
      error = err;
      throw err;
    } finally {
      this.emitConfirmEvent({ input, outcome, error });
    }
  }

  private emitConfirmEvent(args: { input: ConfirmBookingInput; outcome?: ConfirmBookingResult; error: unknown }): void {
    console.info("booking.confirm", { bookingId: args.input.bookingId, ok: args.error === undefined });
  }
}
