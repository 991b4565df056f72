// Source: mattdknapp/factory-app-api — lib/transaction.js (runTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the chain's COMMIT step sends `client.query("COMMIT")` without returning it, so the next step releases the client while COMMIT is still queued on it (and a failed COMMIT goes unhandled)
const pool = require("./pool");

const inTransaction = (statements, client) => {
  const begin = () => client.query({ text: "BEGIN" });

  const runAll = () =>
    statements.reduce((previous, next) => (previous ? previous.then(() => pool.query(next)) : pool.query(next)), null);

  const commit = (results) => {
    client.query({ text: "COMMIT" });
    return results;
  };

  const done = (results) => {
    client.release();
    return results;
  };

  const fail = (err) => {
    client.release();
    console.error(err);
    throw err;
  };

  return begin().then(runAll).then(commit).then(done).catch(fail);
};

const runTransaction = (statements) => pool.connect().then((client) => inTransaction(statements, client));

module.exports = runTransaction;
