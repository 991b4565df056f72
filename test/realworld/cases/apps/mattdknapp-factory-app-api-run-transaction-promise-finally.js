// Source: mattdknapp/factory-app-api — db/transaction.js (runTransaction, transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `transaction`'s chain sends `client.query("COMMIT")` in the commitTransaction step without returning it, so `.finally(closeConnection)` releases the client while COMMIT is still queued on it (and a failed COMMIT goes unhandled); relabelled from safe (gaps-l), which judged only that the finally releases on success and failure alike — the corpus labels a release that outruns queued work a leak (apps/mattdknapp-factory-app-api-commit-not-awaited.js, the same helper in lib/transaction.js)
const pool = require("./pool");

const transaction = (queries, client) => {
  const beginTransaction = () => client.query({ text: "BEGIN" });

  const resolveQueries = () =>
    queries.reduce((previous, next) => (previous ? previous.then(() => client.query(next)) : client.query(next)), null);

  const commitTransaction = (results) => {
    client.query({ text: "COMMIT" });
    return results;
  };

  const closeConnection = (results) => {
    client.release();
    return results;
  };

  const throwError = (err) => {
    throw err;
  };

  return beginTransaction().then(resolveQueries).then(commitTransaction).catch(throwError).finally(closeConnection);
};

const runTransaction = (queries) => {
  return pool.connect().then((client) => {
    return transaction(queries, client);
  });
};

module.exports = { runTransaction };
