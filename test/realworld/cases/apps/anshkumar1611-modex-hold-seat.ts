// Source: Anshkumar1611/Modex — backend/src/services/booking.service.ts (BookingService.hold), reduced by hand, not copied
// Label: safe
// Why: a seat hold locks the slot FOR UPDATE, counts PENDING holds younger than the TTL as taken, and returns SLOT_NOT_FOUND / SEAT_INVALID / SEAT_TAKEN after a ROLLBACK inside the try whose finally releases
import type { Pool } from 'pg';

const PENDING_TTL_MS = 2 * 60 * 1000;

export class BookingService {
  constructor(private readonly pool: Pool) {}

  async hold(slotId: number, seatNumber: number) {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT id FROM slots WHERE id = $1 FOR UPDATE', [slotId]);
      const slot = await client.query('SELECT total_seats FROM slots WHERE id = $1', [slotId]);
      if (slot.rowCount === 0) {
        await client.query('ROLLBACK');
        return { ok: false, reason: 'SLOT_NOT_FOUND' } as const;
      }
      if (seatNumber < 1 || seatNumber > slot.rows[0].total_seats) {
        await client.query('ROLLBACK');
        return { ok: false, reason: 'SEAT_INVALID' } as const;
      }
      const conflict = await client.query(
        "SELECT id FROM bookings WHERE slot_id = $1 AND seat_number = $2 AND (status = 'CONFIRMED' OR (status = 'PENDING' AND created_at >= NOW() - INTERVAL '2 minutes')) FOR UPDATE",
        [slotId, seatNumber],
      );
      if (conflict.rowCount && conflict.rowCount > 0) {
        await client.query('ROLLBACK');
        return { ok: false, reason: 'SEAT_TAKEN' } as const;
      }
      const ins = await client.query("INSERT INTO bookings (slot_id, seat_number, status) VALUES ($1, $2, 'PENDING') RETURNING id, created_at", [
        slotId,
        seatNumber,
      ]);
      await client.query('COMMIT');
      const row = ins.rows[0];
      return { ok: true, bookingId: row.id, expiresAt: new Date(row.created_at.getTime() + PENDING_TTL_MS).toISOString() } as const;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
}
