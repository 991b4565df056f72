// Source: emaxwell14/aws-sam-setup — src/handlers/usersLambdaFunction.js (default export), reduced by hand, not copied
// Label: safe
// Why: a SAM Lambda makes a dedicated `pg.Client` inside the try and ends it after the SELECT; the catch answers 400 without ending it, but a standalone Client is no pool checkout
const { Client } = require("pg");

exports.default = async () => {
  let res;
  try {
    const client = new Client();
    await client.connect();

    res = await client.query("SELECT * from users");
    await client.end();
  } catch (error) {
    return { statusCode: 400, body: "Error loading users" };
  }

  return { statusCode: 200, body: res.rows };
};
