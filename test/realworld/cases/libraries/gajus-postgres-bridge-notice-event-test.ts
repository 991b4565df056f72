// Source: gajus/postgres-bridge — test/postgres-bridge/bridge.ts ('"notice" event is fired when connection produces a notice'; node-postgres issue #2778 is this file's pool.end() hang), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each run of the test checks a connection out of a fresh pool and never releases or ends it
import test from "ava";
import { Pool } from "pg";
import * as sinon from "sinon";

test("pg: notice event is fired when connection produces a notice", async (t) => {
  const pool = new Pool({
    user: "postgres",
  });

  const connection = await pool.connect();

  const spy = sinon.spy();

  connection.on("notice", spy);

  await connection.query(`
    CREATE OR REPLACE PROCEDURE raise_notice () AS $$
    BEGIN
      RAISE NOTICE 'value of a: %', 10;
    END;
    $$ LANGUAGE plpgsql;
  `);

  await connection.query("CALL raise_notice();");

  t.true(spy.called);
  t.like(spy.firstCall.args[0], { code: "00000", severity: "NOTICE" });
});
