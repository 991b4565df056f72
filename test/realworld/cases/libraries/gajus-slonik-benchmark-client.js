// Source: gajus/slonik — packages/benchmark/clients/slonik.js (connect), reduced by hand, not copied
// Label: hand-over
// Why: a slonik pool (created from "slonik", cached in a module `let`): the handler resolves the connection out and returns a promise that settles only when the benchmark calls `connection.end()`, which is when slonik releases it
const { createPool } = require("slonik");

let pool;
let poolPromise;

const connect = async () => {
  if (!poolPromise) {
    poolPromise = createPool("postgres://postgres:postgres@127.0.0.1:5432", { captureStackTrace: false });
  }
  pool = await poolPromise;
  return new Promise((resolve) => {
    pool.connect((connection) => {
      resolve(connection);
      return new Promise((end) => {
        connection.end = () => {
          end();
        };
      });
    });
  });
};

module.exports = { name: "slonik", connect };
