// Source: dbos-inc/dbos-transact-ts — packages/pgnotifier-receive/src/dbtrigger.ts (dbListen), reduced by hand, not copied
// Label: leak
// Why: `cfg.connect()` is the caller's checkout (the package's tests pass `pool.connect()`); a failing LISTEN leaves the loop by a throw before the listener that would disconnect it is returned
import type { ClientBase, Notification } from "pg";

export interface DBConfig {
  connect: () => Promise<ClientBase>;
  disconnect: (c: ClientBase) => Promise<void>;
}

export async function dbListen(cfg: DBConfig, channels: string[], callback: (n: Notification) => void) {
  const notificationsClient = await cfg.connect();
  for (const name of channels) {
    await notificationsClient.query(`LISTEN ${name};`);
  }
  notificationsClient.on("notification", callback);
  return {
    close: async () => {
      for (const name of channels) {
        try {
          await notificationsClient.query(`UNLISTEN ${name};`);
        } catch (e) {
          console.warn(e);
        }
      }
      await cfg.disconnect(notificationsClient);
    },
  };
}
