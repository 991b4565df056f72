// Source: typeorm/typeorm — src/driver/postgres/PostgresDriver.ts (obtainMasterConnection), reduced by hand, not copied
// Label: hand-over
// Why: the connection and its `release` are handed to the caller through the promise executor's `ok([connection, release])`; the query runner releases it
export class PgDriverSketch {
  master: any;

  async obtainMasterConnection(): Promise<[any, Function]> {
    if (!this.master) {
      throw new Error("Driver not Connected");
    }
    return new Promise((ok, fail) => {
      this.master.connect((err: any, connection: any, release: any) => {
        if (err) {
          fail(err);
        } else {
          ok([connection, release]);
        }
      });
    });
  }
}
