// Source: event-driven-io/Pongo — src/packages/dumbo/src/storage/postgresql/pg/connections/pool.ts (pgAmbientNativePool), reduced by hand, not copied
// Label: hand-over
// Why: an arrow property returns the checkout to the connection wrapper; the sibling `close` releases it
import type pg from "pg";

const wrapConnection = <C>(options: { connect: () => Promise<C>; close: (client: C) => Promise<void> }) => options;

export const ambientNativePool = (options: { pool: pg.Pool }) => {
  const { pool } = options;
  return {
    getConnection: () =>
      wrapConnection({
        connect: () => pool.connect(),
        close: (client) => Promise.resolve(client.release()),
      }),
  };
};
