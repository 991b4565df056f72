// Source: pratishshr/pg-admin-lite — src/services/DbService.js (DbService.executeQuery), reduced by hand, not copied
// Label: safe
// Why: the web admin's query service calls done() first thing in the query callback, then rejects or resolves with the user's result
import pg from "pg";

class DbService {
  constructor(dbConfig) {
    this.pool = new pg.Pool(dbConfig);
  }

  executeQuery(query, values = []) {
    return new Promise((resolve, reject) => {
      this.pool.connect((err, client, done) => {
        if (err) return reject(err);
        client.query(query, values, function (err, result) {
          done();
          if (err) reject(err);
          resolve(result);
        });
      });
    });
  }
}

export default DbService;
