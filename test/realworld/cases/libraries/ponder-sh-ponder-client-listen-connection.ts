// Source: ponder-sh/ponder — packages/core/src/client/index.ts (the live-query LISTEN loop), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN checkout is kept in the loop's outer `client` variable; the shutdown hook and the `error` listener release it
import type pg from "pg";

type Driver = { admin: pg.Pool };

export const startLiveQueries = (driver: Driver, shutdown: { add(fn: () => void): void; isKilled: () => boolean }) => {
  (async () => {
    let client: pg.PoolClient | undefined;
    let hasRegisteredShutdown = false;

    while (!shutdown.isKilled()) {
      await new Promise<void>(async (resolve) => {
        try {
          client = await driver.admin.connect();

          if (!hasRegisteredShutdown) {
            shutdown.add(() => {
              client?.release();
              client = undefined;
            });
            hasRegisteredShutdown = true;
          }

          client.on("notification", (n) => {
            console.debug("tables changed", n.payload);
          });

          client.on("error", async () => {
            client?.release();
            client = undefined;
            await new Promise((r) => setTimeout(r, 250));
            resolve();
          });

          await client.query("LISTEN live_query");
        } catch {
          client?.release();
          client = undefined;
          await new Promise((r) => setTimeout(r, 250));
          resolve();
        }
      });
    }
  })();
};
