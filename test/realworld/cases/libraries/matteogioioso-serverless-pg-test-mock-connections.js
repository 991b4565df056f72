// Source: MatteoGioioso/serverless-pg — __tests__/index.test.js (generateMockConnections), reduced by hand, not copied
// Label: hand-over
// Why: test code: the helper connects n ServerlessClients (each the library's wrapper around one pg Client, not a pool) and returns them in an array; the tests end them with cleanMockConnections or let the server-side clean() kill them
const ServerlessClient = require("../index");

const dbConfig = { user: "postgres", host: "localhost", database: "postgres", password: "postgres", port: 22000 };

const generateMockConnections = async (n) => {
  const clients = [];
  for (let i = 0; i < n; i++) {
    const c = new ServerlessClient({ ...dbConfig });
    await c.connect();
    clients.push(c);
  }
  return clients;
};

const cleanMockConnections = async (clients) => {
  await Promise.all(clients.map((c) => c.end()));
};

module.exports = { generateMockConnections, cleanMockConnections };
