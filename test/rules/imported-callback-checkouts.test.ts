// A callback-style connection helper of a local module — `getClient(callback)` handing pg's `(err, client, done)` on
// to its callback (LocalData/localdata-api's lib/postgres.js) — makes `getClient(function (err, client, done) { … })`
// a checkout, read as pg's own connect callback is (imported-callback-checkouts.ts,
// pools/callback-checkout-functions.ts). Each invalid case has its valid twin; a helper that uses the client itself,
// or a module that does not import pg, is no such helper.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const root = mkdtempSync(path.join(tmpdir(), "poolguard-callback-helpers-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, "app"), { recursive: true });
const write = (name: string, text: string) => writeFileSync(path.join(root, "app", name), text);
// LocalData's helper: the error path calls back with the error alone, the success path with the client and done.
write(
  "postgres.js",
  `const pg = require("pg").native;\nexports.getClient = function getClient(callback) {\n  pg.connect(process.env.PSQL, function (error, client, done) {\n    if (error) {\n      return callback(error);\n    }\n    callback(null, client, done);\n  });\n};\n`,
);
// The same, on a pool, as an arrow and under module.exports.
write(
  "pool-helper.js",
  `const { Pool } = require("pg");\nconst pool = new Pool();\nfunction withConnection(cb) {\n  pool.connect((err, client, release) => cb(err, client, release));\n}\nmodule.exports = { withConnection };\n`,
);
// Lends the client: it queries it itself and releases it, then calls back with the rows.
write(
  "lending.js",
  `const pg = require("pg");\nexports.getClient = function getClient(callback) {\n  pg.connect(process.env.PSQL, function (error, client, done) {\n    client.query("SET search_path = app", () => callback(null, client, done));\n  });\n};\n`,
);
// Another database's connect: not pg's.
write(
  "other.js",
  `const mysql = require("mysql");\nexports.getClient = function getClient(callback) {\n  mysql.connect(function (error, client, done) {\n    callback(null, client, done);\n  });\n};\n`,
);
const filename = path.join(root, "app", "entry.js");

const ON_END = (source: string, name = "getClient") => `const ${name} = require("./${source}").${name};
exports.get = function get(request, response) {
  const rows = [];
  ${name}(function (error, client, done) {
    if (error) return response.send(500);
    const query = client.query("SELECT 1");
    query
      .on("row", (row) => rows.push(row))
      .on("end", function () {
        response.send(rows);
        done();
      });
  });
};
`;
const ON_CLOSE = (source: string, name = "getClient") => ON_END(source, name).replace(`.on("end", function`, `.on("close", function`);
const NEVER = `const { withConnection } = require("./pool-helper");
function count(cb) {
  withConnection((err, client) => {
    if (err) return cb(err);
    client.query("SELECT count(*) FROM t", cb);
  });
}
`;
const RELEASED = `const { withConnection } = require("./pool-helper");
function count(cb) {
  withConnection((err, client, release) => {
    if (err) return cb(err);
    client.query("SELECT count(*) FROM t", (error, result) => {
      release();
      cb(error, result);
    });
  });
}
`;

ruleTester.run("no-leaked-client: a checkout through an imported callback-style helper", rule, {
  valid: [
    { name: "released on 'close', which a failing query emits too", code: ON_CLOSE("postgres"), filename },
    { name: "released in the query's callback", code: RELEASED, filename },
    { name: "a helper that uses the client itself only lends it", code: ON_END("lending"), filename },
    { name: "a module of another database", code: ON_END("other"), filename },
  ],
  invalid: [
    {
      name: "released only on 'end' (localdata-api's parcels controller)",
      code: ON_END("postgres"),
      filename,
      errors: [
        {
          messageId: "helperReleasedOnlyOnSuccessEvent",
          data: { checkout: "getClient(…)", emitter: "query", event: "end", line: 7 },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "never released, through a destructured helper on a pool",
      code: NEVER,
      filename,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "withConnection(…)" }, line: 3, column: 3, suggestions: [] }],
    },
  ],
});
