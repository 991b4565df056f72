// Source: jatin-awankar/Petrol-Partner — app/api/payments/verify/route.ts at 63bc6ba (POST), reduced by hand, not copied
// Label: safe
// Why: the checkout comes before the try, but everything after it — the signature check with its early returns before BEGIN, the FOR UPDATE lock, the ROLLBACK/COMMIT returns and the catch's JSON error — leaves through the finally's release
import crypto from "crypto";
import { NextResponse } from "next/server";
import { pool } from "./db";
import { getAuthenticatedUserId } from "@/lib/auth";

function isValidSignature(orderId: string, paymentId: string, signature: string) {
  const expected = crypto.createHmac("sha256", process.env.RAZORPAY_KEY_SECRET || "").update(`${orderId}|${paymentId}`).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  if (a.length !== b.length) return false;
  return crypto.timingSafeEqual(a, b);
}

export async function POST(req: Request) {
  const client = await pool.connect();

  try {
    const userId = await getAuthenticatedUserId();
    if (!userId) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    const body = await req.json();
    const { booking_id: bookingId, razorpay_order_id, razorpay_payment_id, razorpay_signature } = body;
    if (!isValidSignature(razorpay_order_id, razorpay_payment_id, razorpay_signature)) {
      return NextResponse.json({ error: "Invalid payment signature" }, { status: 400 });
    }

    await client.query("BEGIN");
    const bookingRes = await client.query("SELECT * FROM bookings WHERE id = $1 FOR UPDATE", [bookingId]);
    if (bookingRes.rows.length === 0) {
      await client.query("ROLLBACK");
      return NextResponse.json({ error: "Booking not found" }, { status: 404 });
    }
    const booking = bookingRes.rows[0];
    if (booking.payment_status === "paid_escrow") {
      await client.query("COMMIT");
      return NextResponse.json({ success: true, booking_id: booking.id });
    }
    await client.query("UPDATE bookings SET payment_status = 'paid_escrow', razorpay_payment_id = $1 WHERE id = $2", [razorpay_payment_id, booking.id]);
    await client.query("COMMIT");
    return NextResponse.json({ success: true, booking_id: booking.id, payment_status: "paid_escrow" });
  } catch (error: any) {
    await client.query("ROLLBACK");
    console.error("Payment verification error:", error);
    return NextResponse.json({ error: error?.message || "Verification failed" }, { status: 500 });
  } finally {
    client.release();
  }
}
