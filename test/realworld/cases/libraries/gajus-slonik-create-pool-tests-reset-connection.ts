// Source: gajus/slonik — packages/slonik/src/helpers.test/createPoolTests.ts ("uses resetConnection after explicit connection release"), reduced by hand, not copied
// Label: safe
// Why: slonik's own tests import `createPool` from the package's source (`../index.js`): `pool.connect(async () => …)` is slonik's handler API, which acquires and releases the connection itself
import { createPool } from "../index.js";
import type { TestFn } from "ava";
import * as sinon from "sinon";

export const createPoolTests = (test: TestFn<{ dsn: string }>, driverFactory: unknown) => {
  test("uses resetConnection after explicit connection release", async (t) => {
    const resetConnection = sinon.spy();
    const pool = await createPool(t.context.dsn, { driverFactory, resetConnection });
    await pool.connect(async () => {
      return null;
    });
    t.true(resetConnection.calledOnce);
    await pool.end();
  });
};
