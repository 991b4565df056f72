// Source: langpavel/node-pg-async — src/index.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the promise resolves an object holding the client and a wrapper of `done`; connect(fn), the only caller, calls it on success and in its catch
import pgDriver from "pg";

export default class PgAsync {
  constructor(options) {
    this._pool = new pgDriver.Pool(options);
  }

  getPool() {
    return this._pool;
  }

  async getClient() {
    return new Promise((resolve, reject) => {
      const pool = this.getPool();
      pool.connect((err, client, done) => {
        if (err) {
          if (done) done(err);
          return reject(err);
        }
        return resolve({
          client,
          done: () => {
            done();
          },
        });
      });
    });
  }
}
