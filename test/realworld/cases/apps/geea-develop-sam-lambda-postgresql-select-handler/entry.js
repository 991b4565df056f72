// Source: geea-develop/sam-lambda-postgresql — postgresql-adapter/app.js at 04b5fb1 (pgSelectHandler), reduced by hand, not copied
// Label: safe
// Why: a SAM Lambda takes its client through the adapter's getClient() before the try, and the finally gives it back through the adapter's releaseClient(client), which calls client.release()
const { getClient, releaseClient } = require("./rds/connection.js");

exports.pgSelectHandler = async (event, context) => {
  context.callbackWaitsForEmptyEventLoop = false;

  const client = await getClient();
  let response = {};

  try {
    const results = await client.query("SELECT * FROM students");
    let foundItems = [];
    const rowCount = results.rowCount;
    if (rowCount) {
      foundItems = results.rows;
      console.log("result", results.rows[0]);
    }
    response = { statusCode: 200, body: JSON.stringify({ message: `found ${rowCount} items`, items: [foundItems.pop()] }) };
  } catch (err) {
    console.error(err);
    response = err;
  } finally {
    if (client) await releaseClient(client);
  }

  return response;
};
