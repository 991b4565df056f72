// Source: typeorm/typeorm — src/driver/postgres/PostgresDriver.ts (createPool), reduced by hand, not copied
// Label: safe
// Why: the first checkout only proves the pool works: listeners are attached, then `release()` runs before the promise resolves; a connect error returns before any client exists
export class PgDriverSketch {
  postgres: any;
  logger = { log: (level: string, message: string) => console.log(level, message) };

  protected async createPool(options: { logNotifications?: boolean }, connectionOptions: object): Promise<any> {
    const pool = new this.postgres.Pool(connectionOptions);
    pool.on("error", (error: any) => this.logger.log("warn", `Postgres pool raised an error. ${error}`));

    return new Promise((ok, fail) => {
      pool.connect((err: any, connection: any, release: Function) => {
        if (err) return fail(err);
        if (options.logNotifications) {
          connection.on("notice", (msg: any) => msg && this.logger.log("info", msg.message));
          connection.on("notification", (msg: any) => msg && this.logger.log("info", `NOTIFY ${msg.channel}: ${msg.payload}`));
        }
        release();
        ok(pool);
      });
    });
  }
}
