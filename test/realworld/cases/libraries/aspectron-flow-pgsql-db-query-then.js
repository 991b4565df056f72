// Source: aspectron/flow-pgsql — lib/pgsql.js (FlowPgSQL init, db.query), reduced by hand, not copied
// Label: safe
// Why: inside a promise executor the `.then` callback sends the query with a callback whose first statement releases the client, the node-postgres documentation's shape; a failed connect goes to the second `.then` handler
const { Pool } = require("pg");

class FlowPgSQL {
  init(options) {
    this.dbPool = new Pool(options);
    this.db = {
      query: async (sql, args) => {
        if (this.stopped) return Promise.reject("pgSQL daemon stopped");
        return new Promise((resolve, reject) => {
          this.dbPool.connect().then(
            (client) => {
              client.query(sql, args, (err, result) => {
                client.release();
                if (err) return reject(err);
                resolve(result?.rows);
              });
            },
            (err) => {
              console.log(`SQL error: ${err}`);
              return reject(err);
            },
          );
        });
      },
    };
  }
}

module.exports = FlowPgSQL;
