// Source: kkumarcodes/Shopmost — src/modules/catalog/api/createCategory/getConnection[finish].js (the route's getConnection middleware), reduced by hand, not copied; the `@lib/postgres/connection` and `@bin/postgres-query-builder` aliases written as relative paths
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the middleware hands the checkout to the later `finish` middleware only by returning it, after `await startTransaction(connection)`: a failed BEGIN rejects the middleware with the client still checked out, and `finish` never sees it to roll back and release
const { startTransaction } = require("./query-builder.js");
const { getConnection } = require("./connection.js");

module.exports = async (request, response) => {
  const connection = await getConnection();
  await startTransaction(connection);

  return connection;
};
