// Source: moutend/ORTClip — src/init_database.js (sendSQL), reduced by hand, not copied
// Label: safe
// Why: pg.connect(url, cb) inside a promise executor: error and null-client paths return before a client exists; the query callback calls done() first
import pg from "pg";

function sendSql(query) {
  return new Promise((resolve, reject) => {
    pg.connect(process.env.DATABASE_URL, (error, client, done) => {
      if (error) {
        reject(error);
        return;
      }
      if (client === null) {
        reject("client is null");
        return;
      }
      client.query(query, (queryError, result) => {
        done();
        if (queryError) {
          reject(queryError);
        } else {
          resolve(result);
        }
      });
    });
  });
}

export { sendSql };
