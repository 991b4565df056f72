// Source: thenativeweb/wolkenkit — lib/stores/lockStore/Postgres/PostgresLockStore.ts (create, destroy), reduced by hand, not copied
// Label: hand-over
// Why: a dedicated pg Client (not a pool checkout) connects to watch for the server going away and is handed to the store's constructor; destroy() removes the listener and ends it
import { Client, Pool } from "pg";

class PostgresLockStore {
  protected pool: Pool;
  protected disconnectWatcher: Client;

  protected static onUnexpectedClose(): never {
    throw new Error("Connection closed unexpectedly.");
  }

  protected constructor({ pool, disconnectWatcher }: { pool: Pool; disconnectWatcher: Client }) {
    this.pool = pool;
    this.disconnectWatcher = disconnectWatcher;
  }

  public static async create({ hostName, port, userName, password, database }: { hostName: string; port: number; userName: string; password: string; database: string }): Promise<PostgresLockStore> {
    const pool = new Pool({ host: hostName, port, user: userName, password, database });

    pool.on("error", (err: Error): never => {
      throw err;
    });

    const disconnectWatcher = new Client({ host: hostName, port, user: userName, password, database });

    disconnectWatcher.on("end", PostgresLockStore.onUnexpectedClose);
    disconnectWatcher.on("error", (err: Error): never => {
      throw err;
    });

    await disconnectWatcher.connect();

    return new PostgresLockStore({ pool, disconnectWatcher });
  }

  public async destroy(): Promise<void> {
    this.disconnectWatcher.removeListener("end", PostgresLockStore.onUnexpectedClose);
    await this.disconnectWatcher.end();
    await this.pool.end();
  }
}

export { PostgresLockStore };
