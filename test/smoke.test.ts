import { describe, expect, inject, it } from "vitest";
import pg from "pg";

describe("test harness", () => {
  it("provides a real PostgreSQL", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    try {
      const { rows } = await pool.query<{ one: number }>("SELECT 1 AS one");
      expect(rows[0]?.one).toBe(1);
    } finally {
      await pool.end();
    }
  });
});
