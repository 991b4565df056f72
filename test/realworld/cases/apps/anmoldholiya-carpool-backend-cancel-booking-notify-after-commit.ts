// Source: AnmolDholiya/Carpool-Backend — backend/src/controllers/bookingController.ts (cancelBooking), reduced by hand, not copied
// Label: safe
// Why: the guard returns roll back inside the try, the finally releases, and the fire-and-forget notification after COMMIT uses the pool, never the held client
import type { Response } from "express";
import { pool } from "../db";
import { sendCancellationEmail } from "../services/email";

export async function cancelBooking(req: any, res: Response) {
  const bookingId = req.params.id;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query("SELECT * FROM bookings WHERE booking_id = $1 FOR UPDATE", [bookingId]);
    if (result.rowCount === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ message: "Booking not found." });
    }
    const booking = result.rows[0];
    if (booking.rider_id !== req.user.userId) {
      await client.query("ROLLBACK");
      return res.status(403).json({ message: "Unauthorized to cancel this booking." });
    }
    await client.query("UPDATE bookings SET booking_status = 'CANCELLED' WHERE booking_id = $1", [bookingId]);
    await client.query("UPDATE rides SET available_seats = available_seats + $1 WHERE ride_id = $2", [booking.seats, booking.ride_id]);
    await client.query("COMMIT");

    (async () => {
      try {
        const info = await pool.query("SELECT u.email, u.full_name FROM rides r JOIN users u ON r.driver_id = u.user_id WHERE r.ride_id = $1", [booking.ride_id]);
        if (info.rowCount) await sendCancellationEmail(info.rows[0].email, { name: info.rows[0].full_name });
      } catch (notifyError) {
        console.error("Notification failed", notifyError);
      }
    })();

    return res.json({ message: "Booking cancelled." });
  } catch (error) {
    await client.query("ROLLBACK");
    console.error(error);
    return res.status(500).json({ message: "Server error" });
  } finally {
    client.release();
  }
}
