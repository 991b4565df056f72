// Source: 21mcam/courtsideapp — tests/customerBookings.test.js (seeding a paid booking), reduced by hand, not copied
// Label: safe
// Why: the checkout is taken with `.then(async (c) => …)` and the callback's try/finally releases it; the test awaits the whole chain
import { test } from "node:test";
import assert from "node:assert/strict";
import { privilegedPool } from "./helpers/pools.js";

test("customer sees a booking paid through Stripe", async () => {
  let bookingId;
  await privilegedPool.connect().then(async (c) => {
    try {
      await c.query("BEGIN");
      const { rows } = await c.query("INSERT INTO bookings (status, payment_status) VALUES ('confirmed', 'paid') RETURNING id");
      bookingId = rows[0].id;
      await c.query("COMMIT");
    } finally {
      c.release();
    }
  });
  assert.ok(bookingId);
});
