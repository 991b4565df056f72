// Source: charlesinto/MaintenanceTracker — server/services/connectToDb.js (connectToDb), reduced by hand, not copied
// Label: hand-over
// Why: the promise executor resolves with the client; queryExecutor.js releases it in each query callback
import pool from "./DataBaseConnection";

const connectToDb = function () {
  return new Promise((resolve, reject) => {
    pool.connect((err, client, done) => {
      if (err) {
        console.log("err", err);
        reject(err);
      } else {
        resolve(client, done);
      }
    });
  });
};

export default connectToDb;
