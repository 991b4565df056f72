// Source: gajus/slonik — packages/slonik/src/binders/bindPool.test/connect.test.ts ("destroys connection after promise is rejected"), reduced by hand, not copied
// Label: safe
// Why: slonik's `pool.connect(handler)` runs the handler on a connection it acquires and releases or destroys itself; nothing here holds a client
import test from "ava";
import { createPool } from "slonik";

test("destroys connection after promise is rejected", async (t) => {
  const pool = await createPool(process.env.DATABASE_URL!);
  await t.throwsAsync(
    pool.connect(async () => {
      return await Promise.reject(new Error("foo"));
    }),
  );
  await pool.end();
});
