// Source: apurba3050/Azure-Function-V3-NodeJS-PostgreSQL — getCustomersData/index.js at 7045164 (the HTTP trigger), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an Azure Function makes a Pool per invocation and releases right after the SELECT inside the try; when the SELECT fails the catch only logs, leaving the client checked out (and the pool never ended)
module.exports = async function (context, req) {
  const pg = require("pg");

  const config = {
    host: process.env["POSTGRES_SERVER"],
    user: process.env["POSTGRES_USER"],
    password: process.env["POSTGRES_USER_PASSWORD"],
    database: process.env["POSTGRES_DATABASE"],
    port: 5432,
  };

  const querySpec = { text: "SELECT * FROM customers;" };

  try {
    const pool = new pg.Pool(config);

    const client = await pool.connect();
    console.log("connection successful");

    const result = await client.query(querySpec);

    client.release();

    context.res = {
      status: 200,
      isRaw: true,
      body: result.rows,
      headers: { "Content-Type": "application/json" },
    };
  } catch (err) {
    context.log(err.message);
  }
};
