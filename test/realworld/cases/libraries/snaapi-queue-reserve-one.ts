// Source: snaapi/queue — src/drivers/postgres.ts (PostgresDriver.#reserveOne), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the SKIP LOCKED update and COMMIT run in the try; the early `return null` after COMMIT and the rethrow after a swallowed ROLLBACK pass the finally's release
import pg from "pg";

export class PostgresDriver {
  #pool: pg.Pool;
  constructor(connectionString: string) {
    this.#pool = new pg.Pool({ connectionString });
  }

  async #reserveOne(): Promise<{ id: string; envelope: unknown } | null> {
    const client = await this.#pool.connect();
    try {
      await client.query("BEGIN");
      const res = await client.query<{ id: string; envelope: unknown }>(
        "WITH next AS (SELECT id FROM jobs WHERE reserved_at IS NULL LIMIT 1 FOR UPDATE SKIP LOCKED) UPDATE jobs SET reserved_at = now() FROM next WHERE jobs.id = next.id RETURNING jobs.id, jobs.envelope",
      );
      await client.query("COMMIT");
      if (res.rowCount === 0) return null;
      return { id: res.rows[0]!.id, envelope: res.rows[0]!.envelope };
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  next() {
    return this.#reserveOne();
  }
}
