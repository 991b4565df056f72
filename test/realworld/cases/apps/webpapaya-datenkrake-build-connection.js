// Source: webpapaya/datenkrake — src/adapters/postgres/connection.js (buildConnection, withinConnection), reduced by hand, not copied
// Label: hand-over
// Why: buildConnection returns the checkout; withinConnection keeps it and releases it once the work settles, on success and on failure alike
import { rethrowError, ignoreReturnFor } from "promise-frites";
import { Pool } from "pg";

const pool = new Pool({ host: "localhost", database: "compup", max: 20 });

export const buildConnection = () => pool.connect();
export const releaseConnection = (connection) => connection.release();

export const withinConnection = (connectionOrFn, fnOrUndefined) => {
  const fn = fnOrUndefined ? fnOrUndefined : connectionOrFn;
  const given = fnOrUndefined ? connectionOrFn : undefined;
  let connection;
  return Promise.resolve()
    .then(() => given || buildConnection())
    .then((c) => {
      connection = c;
    })
    .then(() => fn({ connection }))
    .then(ignoreReturnFor(() => releaseConnection(connection)))
    .catch(rethrowError(() => releaseConnection(connection)));
};
