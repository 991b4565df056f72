// Source: exposr/exposrd — src/storage/pgsql-storage-provider.ts (PgsqlStorageProvider constructor's start-up check; the thread is PR #55 "fix: add pgsql pool error handler"), reduced by hand, not copied
// Label: safe
// Why: callback checkout: the error branch and the `client == undefined` branch have no client to give back, and the query callback calls `release()` first thing
import Pgsql from "pg";

type Opts = { url: URL; poolSize: number; callback?: (err?: Error) => void };

export default class PgsqlStorageProvider {
  private _db: Pgsql.Pool;
  private logger = console;

  constructor(opts: Opts) {
    this._db = new Pgsql.Pool({ connectionString: opts.url.href, max: opts.poolSize });

    this._db.on("error", (err) => {
      this.logger.error(`Postgres database error: ${err.message}`);
    });

    this._db.connect((err, client, release) => {
      if (err) {
        this.logger.error(`Failed to connect to postgres: ${err.message}`);
        typeof opts.callback === "function" && process.nextTick(() => { opts.callback!(err); });
        return;
      }

      if (client == undefined) {
        return;
      }

      client.query("SELECT NOW()", (err) => {
        release();
        if (!err) {
          this.logger.info(`Connected to postgres database: ${opts.url.host}`);
        } else {
          this.logger.error(`Postgres connection not usable: ${err.message}`);
        }
        typeof opts.callback === "function" && process.nextTick(() => { opts.callback!(err); });
      });
    });
  }
}
