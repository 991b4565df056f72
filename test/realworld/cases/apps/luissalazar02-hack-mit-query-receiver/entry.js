// Source: LuisSalazar02/Hack-MIT — zuricatosJS/src/database/queryDataBase.js at e4faa74 (queryReceiver), reduced by hand, not copied
// Label: safe
// Why: the query runs, then for a SELECT another Lambda is invoked and awaited with the client still held; every return and the catch pass through the finally, which releases
const AWS = require("aws-sdk");
const dbPool = require("./dbPool");

module.exports.queryReceiver = async (event) => {
  const query = event.query;
  console.log(query);
  let client;

  try {
    client = await dbPool.connect();

    const result = await client.query(query);
    const isSelectQuery = query.trim().toLowerCase().startsWith("select");

    if (isSelectQuery) {
      const lambda = new AWS.Lambda();
      const lambdaResponse = await lambda
        .invoke({ FunctionName: "analyzeQueryResults", InvocationType: "RequestResponse", Payload: JSON.stringify({ data: result.rows }) })
        .promise();
      const responseBody = JSON.parse(lambdaResponse.Payload);
      return { statusCode: 200, responseAudio: responseBody.responseAudio };
    } else {
      return { statusCode: 200, responseAudio: "listo.mp3" };
    }
  } catch (error) {
    console.error("Database query failed", error);
    return { statusCode: 400, body: `Query execution failed: ${error.message}`, responseAudio: "noentendi.mp3" };
  } finally {
    if (client) {
      client.release();
    }
  }
};
