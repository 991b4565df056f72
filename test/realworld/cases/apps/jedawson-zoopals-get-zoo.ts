// Source: jedawson/zoopals — backend/src/lambdas/getZoo.ts (handler), reduced by hand, not copied
// Label: safe
// Why: the Lambda requires pg inside the handler, makes a dedicated `Client`, and ends it right after the one query; a standalone Client, no pool checkout
export const handler = async () => {
  const { Client } = require("pg");
  const client = new Client();
  await client.connect();

  const res = await client.query("select * from zoo;");
  await client.end();

  const response = {
    statusCode: 404,
    headers: { "Access-Control-Allow-Origin": "*" },
    body: "There was an error.",
  };
  if (res) {
    response.statusCode = 200;
    response.body = JSON.stringify(res);
  }
  return response;
};
