// Source: Zaptic/zorm — src/zorm.test.ts (the before/after hooks), reduced by hand, not copied
// Label: hand-over
// Why: the before hook checks a client out of pg-plus's pool straight into the suite's `database`, used by every test and released in the after hook
import { Executor, Pool, sql } from "@zaptic-external/pg-plus";
import { assert } from "chai";

describe("zorm", function () {
  let database: Executor;
  let pool: Pool;

  before(async function () {
    await Pool.run({ database: "postgres", host: "localhost", user: "postgres", password: "postgres", max: 1 }, (db) =>
      db.execute(sql`CREATE DATABASE zorm`),
    ).catch(() => null);

    pool = new Pool({ database: "zorm", host: "localhost", user: "postgres", password: "postgres", max: 1 });
    database = await pool.connect();
    await database.execute(sql`DROP SCHEMA public CASCADE`);
    await database.execute(sql`CREATE SCHEMA public`);
    await database.execute(sql`CREATE TABLE country (id SERIAL NOT NULL PRIMARY KEY, name TEXT NOT NULL)`);
  });

  beforeEach(async function () {
    await database.begin();
  });

  afterEach(async function () {
    await database.rollback();
  });

  after(async function () {
    database.release();
    await pool.close();
  });

  it("finds nothing in an empty table", async function () {
    const rows = await database.execute(sql`SELECT * FROM country`);
    assert.deepEqual(rows, []);
  });
});
