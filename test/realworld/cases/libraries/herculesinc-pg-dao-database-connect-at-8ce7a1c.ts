// Source: herculesinc/pg-dao — pg-dao/index.ts at 8ce7a1c (Database.connect, 2015-08-21, pg ^4.4.0), reduced by hand, not copied
// Label: hand-over
// Why: the promise wraps pg 4's pooled `pg.connect` and resolves a Dao built on `(client, done)`; the caller owns it then and gives it back with `dao.release()`, which ends in done()
import * as pg from "pg";
import { Dao } from "./lib/Dao";

export interface Settings {
  host: string;
  user: string;
  password: string;
  database: string;
  poolSize?: number;
}

export class Database {
  settings: Settings;

  constructor(settings: Settings) {
    this.settings = settings;
  }

  connect(options?: any): Promise<Dao> {
    return new Promise((resolve, reject) => {
      pg.connect(this.settings, (err, client, done) => {
        if (err) return reject(err);
        var dao = new Dao(this.settings, client, done);
        resolve(dao);
      });
    });
  }
}
