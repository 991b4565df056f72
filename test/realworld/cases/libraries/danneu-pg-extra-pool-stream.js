// Source: danneu/pg-extra — src/lib/Methods.js (poolStream), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `new QueryStream(text, values)` runs between the checkout and the hand-off to pipeline(), whose callback is the only release; pg-cursor prepares the values in that constructor, which throws for a value whose JSON form does (a circular object, a BigInt inside an object), and then the client is never released
const SqlStatement = require("./sqlStatement");
const { Transform, pipeline } = require("stream");
const QueryStream = require("pg-query-stream");

const identity = (x) => x;

const poolStream = async function (statement, transform = identity) {
  if (!(statement instanceof SqlStatement)) {
    throw new Error("must build query with sql or _raw");
  }
  const client = await this.connect();
  const query = new QueryStream(statement.text, statement.values);
  const stream = client._query(query);
  const output = new Transform({
    objectMode: true,
    transform(row, _, cb) {
      let transformed;
      try {
        transformed = transform(row);
      } catch (err) {
        return cb(err);
      }
      cb(null, transformed);
    },
  });
  return pipeline(stream, output, (err) => {
    if (err) console.error(err);
    client.release();
  });
};

module.exports = { poolStream };
