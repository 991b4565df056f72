// Source: https://github.com/brianc/node-postgres/issues/1882 (the reporter's psql.js PsqlConnector, "PG Pool leaking connections to the application"), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is kept on `this.db` and returned, the one connection the module shares on purpose; the thread's trouble is a new Pool per call while `this.db` is unset, not a client this function drops
const pg = require("pg");
const { parse } = require("pg-connection-string");

const pgCred = process.env.DATABASE_URL;

class PsqlConnector {
  constructor() {
    this.db = undefined;
    this.connect = this.connect.bind(this);
  }

  async connect() {
    if (this.db) {
      return this.db;
    } else if (pgCred) {
      const pgPool = new pg.Pool(parse(pgCred));
      return pgPool
        .connect()
        .then((conn) => {
          console.log("psql db connection established");
          this.db = conn;
          return this.db;
        })
        .catch((e) => {
          console.log(e.toString());
          throw e;
        });
    }
  }
}

module.exports = new PsqlConnector();
