// Source: oguimbal/pg-mem — src/tests/slonik.spec.ts ("can open select without arg"), reduced by hand, not copied
// Label: safe
// Why: slonik's `pool.connect(handler)` checks out, runs the handler and releases when its promise settles; no pg client is held by the test
import { describe, it, expect } from "bun:test";
import { newDb } from "pg-mem";
import { type DatabasePool, sql } from "slonik";

describe("slonik", () => {
  it("selects without an argument", async () => {
    const db = newDb();
    db.public.none("create table data(id text primary key); insert into data values ('str')");
    const pool = (await db.adapters.createSlonik()) as DatabasePool;
    await pool.connect(async (connection) => {
      const got = await connection.query(sql.unsafe`select * from data`);
      expect(got.rows).toEqual([{ id: "str" }]);
    });
  });
});
