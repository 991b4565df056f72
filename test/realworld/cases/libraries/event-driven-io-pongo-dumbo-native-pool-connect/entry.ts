// Source: event-driven-io/Pongo — src/packages/dumbo/src/storage/postgresql/pg/connections/pool.ts (pgNativePool, connect), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned to dumbo's connection wrapper, which gives it back through `close`; the only call before the return registers type parsers on the client and cannot throw
import pg from "pg";
import { setTypeParsers } from "./serialization";

type Serializer = { deserialize(text: string): unknown };

const connectionOf = (options: {
  connect: () => Promise<pg.PoolClient>;
  close: (client: pg.PoolClient) => Promise<void>;
}) => options;

export const nativePool = (options: { connectionString: string; serializer: Serializer }) => {
  const pool = new pg.Pool({ connectionString: options.connectionString });

  return () =>
    connectionOf({
      connect: async () => {
        const client = await pool.connect();

        setTypeParsers(client, { serializer: options.serializer });

        return client;
      },
      close: (client) => Promise.resolve(client.release()),
    });
};
