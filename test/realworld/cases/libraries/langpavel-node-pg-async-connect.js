// Source: langpavel/node-pg-async — src/index.js (PgAsync.getClient, PgAsync.connect), reduced by hand, not copied
// Label: safe
// Why: getClient() resolves the pool checkout paired with a `done` that releases it; connect() destructures both and calls `done()` at the end of its try and `done(err)` in its catch, so every path gives the client back
import pgDriver from "pg";
import makeAsyncApi from "./makeAsyncApi";

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
            console.debug("Client released");
            done();
          },
        });
      });
    });
  }

  async connect(asyncFunc) {
    if (typeof asyncFunc !== "function") throw new TypeError("async function expected");
    const { client, done } = await this.getClient();
    try {
      const api = makeAsyncApi(client);
      const result = await asyncFunc(api);
      await api._end();
      done();
      return result;
    } catch (err) {
      done(err);
      throw err;
    }
  }
}
