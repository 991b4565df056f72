// Source: Unleash/unleash — src/lib/util/db-lock.ts (withDbLock), reduced by hand, not copied
// Label: safe
// Why: the advisory lock is held on a dedicated `pg.Client`, not a pool checkout; the finally ends it unless the locked action timed out, when the connection is kept on purpose to hold the lock until the process dies
import pg from "pg";

const { Client } = pg;

export const withDbLock =
  (dbConfig: pg.ClientConfig, options: { timeout: number; lockKey: number; logger: Console }) =>
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    const client = new Client(dbConfig);
    client.on("error", (e) => options.logger.error(`lock connection error: ${e.message}`));
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    try {
      await client.connect();
      await client.query("SELECT pg_advisory_lock($1)", [options.lockKey]);
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new Error(`locked action timed out after ${options.timeout}ms`));
        }, options.timeout);
      });
      return await Promise.race([fn(...args), timeout]);
    } catch (e) {
      options.logger.error(`locking error: ${(e as Error).message}`);
      throw e;
    } finally {
      clearTimeout(timer);
      if (!timedOut) {
        await client.end();
      }
    }
  };
