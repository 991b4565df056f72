// Source: mattdknapp/factory-app-api — db/transaction.js (runTransaction, transaction), reduced by hand, not copied
// Label: safe
// Why: the client is passed to `transaction`, a function of the same file that returns its promise chain, whose `.finally(closeConnection)` releases on success and failure alike
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
