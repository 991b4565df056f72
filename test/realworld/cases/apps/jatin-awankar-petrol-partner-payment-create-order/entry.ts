// Source: jatin-awankar/Petrol-Partner — app/api/payments/create-order/route.ts at 63bc6ba (POST), reduced by hand, not copied
// Label: safe
// Why: the route checks out before its try, then authenticates, locks the booking FOR UPDATE, calls Razorpay inside the transaction and commits; every early return (ROLLBACK or COMMIT first) and the catch's JSON error leave through the finally's release
import { NextResponse } from "next/server";
import { pool } from "./db";
import { getAuthenticatedUserId } from "@/lib/auth";
import { getRazorpayInstance } from "@/lib/razorpay";

export async function POST(req: Request) {
  const client = await pool.connect();

  try {
    const userId = await getAuthenticatedUserId();
    if (!userId) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    const body = await req.json();
    const bookingId = body.booking_id || body.bookingId;
    if (!bookingId) {
      return NextResponse.json({ error: "booking_id is required" }, { status: 400 });
    }

    await client.query("BEGIN");
    const bookingRes = await client.query("SELECT * FROM bookings WHERE id = $1 FOR UPDATE", [bookingId]);
    if (bookingRes.rows.length === 0) {
      await client.query("ROLLBACK");
      return NextResponse.json({ error: "Booking not found" }, { status: 404 });
    }
    const booking = bookingRes.rows[0];
    if (booking.razorpay_order_id && booking.payment_status === "order_created") {
      await client.query("COMMIT");
      return NextResponse.json({ order_id: booking.razorpay_order_id, booking_id: booking.id });
    }

    const order = await getRazorpayInstance().orders.create({ amount: Math.round(Number(booking.total_price) * 100), currency: "INR" });
    await client.query("UPDATE bookings SET razorpay_order_id = $1, payment_status = 'order_created' WHERE id = $2", [order.id, bookingId]);
    await client.query("COMMIT");
    return NextResponse.json({ order_id: order.id, booking_id: booking.id });
  } catch (error: any) {
    await client.query("ROLLBACK");
    console.error("Create order error:", error);
    return NextResponse.json({ error: error?.message || "Payment initialization failed" }, { status: 500 });
  } finally {
    client.release();
  }
}
