// Source: MatteoGioioso/serverless-pg — __tests__/index.test.js ("Default strategy minimum_idle_time" beforeEach), reduced by hand, not copied
// Label: safe
// Why: test code: each test's ServerlessClient (the library's own wrapper around one pg Client, not a pool) is connected in beforeEach and ended in afterEach, which jest runs whether the test passed or not
const ServerlessClient = require("../index");

const dbConfig = { user: "postgres", host: "localhost", database: "postgres", password: "postgres", port: 22000 };

describe("Serverless client", function () {
  describe("Default strategy minimum_idle_time", function () {
    let client;

    beforeEach(async function () {
      client = new ServerlessClient({ ...dbConfig, connUtilization: 0.09 });
      await client.connect();
    });

    afterEach(async function () {
      await client.end();
    });

    it("should get the list of idle connections", async function () {
      const result = await client._getIdleProcessesListByMinimumTimeout();
      expect(Array.isArray(result)).toBe(true);
    });
  });
});
