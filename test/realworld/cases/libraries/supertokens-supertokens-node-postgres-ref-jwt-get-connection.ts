// Source: supertokens/supertokens-node-postgres-ref-jwt — lib/ts/helpers/postgres.ts (Postgres.getConnection), reduced by hand, not copied
// Label: hand-over
// Why: the connect callback (err, connection) resolves the promise with the checkout; the caller wraps it in a Connection whose close releases it
import * as pg from "pg";

import { AuthError, generateError } from "../error";

export class Postgres {
  static instance: Postgres | undefined;
  pool: pg.Pool;

  constructor(config: pg.PoolConfig, clientPool?: pg.Pool) {
    this.pool = clientPool === undefined ? new pg.Pool(config) : clientPool;
  }

  static getConnection(): Promise<pg.PoolClient> {
    return new Promise<pg.PoolClient>((resolve, reject) => {
      if (Postgres.instance === undefined) {
        reject(generateError(AuthError.GENERAL_ERROR, new Error("postgres not initiated")));
        return;
      }
      Postgres.instance.pool.connect((err, connection) => {
        if (err) {
          reject(generateError(AuthError.GENERAL_ERROR, err));
          return;
        }
        resolve(connection);
      });
    });
  }
}
