// Source: geea-develop/sam-lambda-postgresql — postgresql-adapter/app.js at 04b5fb1 (pgCreateHandler), reduced by hand, not copied
// Label: safe
// Why: the INSERT transaction is commented out, leaving a JSON.parse in the try and a ROLLBACK in the catch; a ROLLBACK that fails still passes through the finally's releaseClient(client)
const { getClient, releaseClient } = require("./rds/connection.js");

exports.pgCreateHandler = async (event, context) => {
  context.callbackWaitsForEmptyEventLoop = false;

  const client = await getClient();
  let response = {};
  const { body } = event;

  try {
    const student = JSON.parse(body);
    const rowCount = 1;
    let createdItems = [];
    response = { statusCode: 200, body: JSON.stringify({ message: `created ${rowCount} items`, items: createdItems }) };
  } catch (err) {
    await client.query("ROLLBACK");
    console.error(err);
    response = err;
  } finally {
    if (client) await releaseClient(client);
  }

  return response;
};
