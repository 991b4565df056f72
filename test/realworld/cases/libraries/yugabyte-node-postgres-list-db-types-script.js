// Source: yugabyte/node-postgres — packages/pg/script/list-db-types.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the wrapped callback (`assert.success(function (client) …)`, the test helper's error check) takes the client but not its release, and nothing releases it: the script prints the types and never exits
var helper = require("../test/integration/test-helper");
var pg = helper.pg;

pg.connect(
  helper.config,
  assert.success(function (client) {
    var query = client.query("select oid, typname from pg_type where typtype = 'b' order by oid");
    query.on("row", console.log);
  }),
);
