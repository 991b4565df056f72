// Source: compdemocracy/polis — server/src/db/pg-query.ts (queryImpl), reduced by hand, not copied
// Label: safe
// Why: callback-style `pool.connect`: a failed connect hands no client (its release is pg-pool's no-op) and is passed on; the query's callback releases (destroying the client on an error) before calling back
import { native as pgnative, Pool } from "pg";
import logger from "../utils/logger";

// @ts-ignore
const readWritePool = new pgnative.Pool({ connectionString: process.env.DATABASE_URL, max: 12 });

function queryImpl(pool: Pool, queryString?: any, ...args: any[]) {
  let params: any[] | undefined;
  let callback: ((err: any, res?: any) => void) | undefined;
  if (typeof args[1] === "function") {
    params = args[0];
    callback = args[1];
  } else if (typeof args[0] === "function") {
    params = [];
    callback = args[0];
  } else {
    throw "unexpected db query syntax";
  }

  pool.connect((err: any, client: any, release: (arg0?: any) => void) => {
    if (err) {
      if (callback) callback(err);
      release(err);
      logger.error("pg_connect_pool_fail", err);
      return;
    }
    client.query(queryString, params, function (err: any, results: any) {
      if (err) {
        release(err);
      } else {
        release();
      }
      if (callback) callback(err, results);
    });
  });
}

export function query(...args: any[]) {
  return queryImpl(readWritePool, ...args);
}
