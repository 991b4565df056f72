// Source: Aboodwaddah0/log-ingestion-service — src/repositories/log.repository.ts (flushBatch), reduced by hand, not copied
// Label: safe
// Why: the checkout sits in its own try whose catch only maps the connect error; the work (a piped COPY stream included) is in a second try whose finally releases
import type { PoolClient } from "pg";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { pool } from "../db/pool";

class AppError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function flushBatch(rows: string[]): Promise<void> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    if (error instanceof Error && error.message.includes("timeout")) {
      throw new AppError(503, "database overloaded, retry later");
    }
    throw new AppError(500, "failed to insert logs");
  }

  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL synchronous_commit = off");
    const copyStream = client.query(copyFrom("COPY logs (ts, level, message) FROM STDIN WITH (FORMAT csv)"));
    await pipeline(Readable.from(rows), copyStream);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error instanceof AppError ? error : new AppError(500, "failed to insert logs");
  } finally {
    client.release();
  }
}
