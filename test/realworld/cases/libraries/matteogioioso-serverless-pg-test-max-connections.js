// Source: MatteoGioioso/serverless-pg — __tests__/index.test.js ('should set max connections from the db'), reduced by hand, not copied
// Label: safe
// Why: test code: the test connects its own ServerlessClient (the library's wrapper around one pg Client, not a pool) and ends it after the expects with no finally, so a failing expect leaves that socket open until jest exits; a standalone client, no pool checkout
const ServerlessClient = require("../index");

const dbConfig = { user: "postgres", host: "localhost", database: "postgres", password: "postgres", port: 22000 };

it("should set max connections from the db", async function () {
  const client1 = new ServerlessClient({
    ...dbConfig,
    connUtilization: 0.09,
    manualMaxConnections: true,
    maxConnections: 2,
  });

  await client1.connect();

  expect(client1._maxConns.cache.total).toBe("100");
  expect(client1._maxConns.cache.updated > 0).toBeTruthy();

  await client1.end();
});
