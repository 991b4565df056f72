// Source: CartoDB/CartoDB-SQL-API — lib/services/stream-copy.js (StreamCopy.getPGStream), reduced by hand, not copied
// Label: leak
// Why: when `SET statement_timeout` fails, `return callback(err)` leaves without done(); on success the COPY stream's end/finish/error events release it
const PSQL = require("cartodb-psql");
const copyTo = require("pg-copy-streams").to;
const copyFrom = require("pg-copy-streams").from;

module.exports = class StreamCopy {
  constructor(sql, userDbParams) {
    this.dbParams = Object.assign({}, userDbParams);
    this.sql = sql;
    this.stream = null;
    this.timeout = "'5h'";
  }

  getPGStream(action, callback) {
    const pg = new PSQL(this.dbParams);
    pg.connect((err, client, done) => {
      if (err) {
        return callback(err);
      }
      client.query(`SET statement_timeout=${this.timeout}`, (err) => {
        if (err) {
          return callback(err);
        }
        this.clientProcessID = client.processID;
        this.stream = action === "to" ? copyTo(this.sql) : copyFrom(this.sql);
        const pgstream = client.query(this.stream);
        if (action === "to") {
          pgstream.on("end", () => done());
        } else {
          pgstream.on("finish", () => done());
        }
        pgstream.on("error", (err) => done(err));
        callback(null, pgstream);
      });
    });
  }
};
