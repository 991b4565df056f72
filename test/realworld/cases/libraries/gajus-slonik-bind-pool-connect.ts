// Source: gajus/slonik — packages/slonik/src/binders/bindPool.ts (the `connect` member of the bound pool), reduced by hand, not copied
// Label: safe
// Why: `newPool.connect(handler)` is slonik's own DatabasePool API: it acquires, runs the handler and releases itself; no pg client is in this code
interface DatabaseConnection {
  query(sql: string): Promise<unknown>;
}

interface DatabasePool {
  connect<T>(handler: (connection: DatabaseConnection) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}

type Handler<T> = (connection: DatabaseConnection) => Promise<T>;

declare function withConnection<T>(pool: DatabasePool, run: (connection: DatabaseConnection) => Promise<T>, fallback: (newPool: DatabasePool) => Promise<T>): Promise<T>;

export function bindPool(pool: DatabasePool) {
  return {
    connect: <T>(connectionHandler: Handler<T>) => {
      return withConnection(
        pool,
        (boundConnection) => connectionHandler(boundConnection),
        (newPool) => {
          return newPool.connect(connectionHandler);
        },
      );
    },
    end: async () => {
      await pool.end();
    },
  };
}
