// Source: escobard/aws-cloud-apps — database/setupTests.js (beforeAll) with database/utils/Pool.js, reduced by hand, not copied
// Label: safe
// Why: `pool` is the project's own wrapper class (module.exports = new Pool() of a local class); its connect(options) creates a pg pool and returns a query result, no checkout
const pool = require("./Pool");

beforeAll(async () => {
  global.pool = pool;
  return pool.connect({
    host: process.env.DB_HOST,
    port: process.env.DB_PORT,
    database: process.env.DB_NAME,
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
  });
});

afterAll(async () => {
  return pool.close();
});
