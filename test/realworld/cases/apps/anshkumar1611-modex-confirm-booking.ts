// Source: Anshkumar1611/Modex — backend/src/services/booking.service.ts (BookingService.confirm), reduced by hand, not copied
// Label: safe
// Why: a pending seat hold is confirmed under FOR UPDATE; an expired hold is marked FAILED and COMMITted before its early return, other outcomes return after a ROLLBACK — all inside the try whose finally releases
import type { Pool } from 'pg';

const HOLD_MS = 2 * 60 * 1000;
const pendingStillActive = (createdAt: Date) => Date.now() - createdAt.getTime() < HOLD_MS;

export class BookingService {
  constructor(private readonly pool: Pool) {}

  async confirm(bookingId: number) {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const b = await client.query('SELECT id, slot_id, seat_number, status, created_at FROM bookings WHERE id = $1 FOR UPDATE', [bookingId]);
      if (b.rowCount === 0) {
        await client.query('ROLLBACK');
        return { ok: false, reason: 'NOT_FOUND' } as const;
      }
      const row = b.rows[0];
      if (row.status !== 'PENDING') {
        await client.query('ROLLBACK');
        return { ok: false, reason: 'NOT_PENDING' } as const;
      }
      if (!pendingStillActive(row.created_at)) {
        await client.query("UPDATE bookings SET status = 'FAILED' WHERE id = $1", [bookingId]);
        await client.query('COMMIT');
        return { ok: false, reason: 'EXPIRED' } as const;
      }
      const other = await client.query(
        "SELECT id FROM bookings WHERE slot_id = $1 AND seat_number = $2 AND status = 'CONFIRMED' AND id <> $3",
        [row.slot_id, row.seat_number, bookingId],
      );
      if (other.rowCount && other.rowCount > 0) {
        await client.query('ROLLBACK');
        return { ok: false, reason: 'CONFLICT' } as const;
      }
      await client.query("UPDATE bookings SET status = 'CONFIRMED' WHERE id = $1", [bookingId]);
      await client.query('COMMIT');
      return { ok: true, booking: { id: row.id, seatNumber: row.seat_number } } as const;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
}
