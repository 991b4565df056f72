// Source: groupvine/pg-jobber — index.ts (Jobber.init), reduced by hand, not copied
// Label: hand-over
// Why: pg-promise's direct connection is returned from one `.then` and stored in `this.permConn` by the next, for the job server's lifetime
import pgPromise from "pg-promise";

const pgp = pgPromise();

export class Jobber {
  private db: ReturnType<typeof pgp>;
  private permConn: any;

  constructor(connection: string) {
    this.db = pgp(connection);
  }

  init(channels: string[]) {
    const _this = this;
    return _this.db
      .one("SELECT to_regclass('pgjobber_jobs')")
      .then(() => {
        return _this.db.connect({ direct: true });
      })
      .then((permConn) => {
        _this.permConn = permConn;
        _this.permConn.client.on("notification", (msg: { payload?: string }) => console.log(msg.payload));
        return Promise.all(channels.map((channel) => _this.permConn.none("LISTEN $1:name", channel)));
      });
  }
}
