// pg 6's module-level pool: `pg.connect(url, (err, client, done) => …)` on the pg module itself is a checkout, whether
// or not the callback takes the release (corpus: coderbunker/logsws, a LISTEN client per websocket that no `done`
// can give back). Each invalid case sits next to the valid twin that differs by the one thing the analysis looks at.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: pg 6's module-level pool", rule, {
  valid: [
    {
      name: "the callback releases with done in the query callback",
      code: `var pg = require("pg");
pg.connect(process.env.DATABASE_URL, function (err, client, done) {
  if (err) return console.error(err);
  client.query("LISTEN events", function () {
    done();
  });
});`,
    },
    {
      name: "the promise form of the module is not followed",
      code: `import pg from "pg";
export async function run() {
  const client = await pg.connect();
  await client.query("SELECT 1");
}`,
    },
    {
      name: "connect of another module with the same callback shape",
      code: `var mysql = require("mysql");
mysql.connect(process.env.DATABASE_URL, function (err, client) {
  client.query("SELECT 1");
});`,
    },
    {
      name: "Meteor's Npm.require of pg, kept in an implicit global: done is called in the query callback",
      code: `pg = Npm.require("pg");
pg.connect(process.env.DATABASE_URL, function (err, client, done) {
  client.query("CREATE TABLE a (id int)", function () {
    done();
  });
});`,
    },
    {
      name: "Npm.require of another package with the same callback shape",
      code: `mysql = Npm.require("mysql");
mysql.connect(process.env.DATABASE_URL, function (err, client) {
  client.query("SELECT 1");
});`,
    },
    {
      name: "an implicit global set twice stands for no one module",
      code: `pg = require("pg");
pg = require("./fake-pg");
pg.connect(process.env.DATABASE_URL, function (err, client) {
  client.query("SELECT 1");
});`,
    },
    {
      name: "an implicit global set inside a function is not read as the module",
      code: `function load() {
  pg = require("pg");
}
pg.connect(process.env.DATABASE_URL, function (err, client) {
  client.query("SELECT 1");
});`,
    },
  ],
  invalid: [
    {
      name: "a callback that takes no release: the checkout can never go back",
      code: `var pg = require("pg");
pg.connect(process.env.DATABASE_URL, function (err, client) {
  if (err) return console.error(err);
  client.query("LISTEN events");
});`,
      errors: [{ messageId: "neverReleased", data: { pool: "pg" }, line: 2, column: 1, suggestions: [] }],
    },
    {
      name: "the module imported as a default: done is taken but never called",
      code: `import pg from "pg";
pg.connect((err, client, done) => {
  client.query("SELECT 1", () => console.log("ok"));
});`,
      errors: [{ messageId: "neverReleased", data: { pool: "pg" }, line: 2, column: 1, suggestions: [] }],
    },
    {
      name: "Meteor's Npm.require of pg in an implicit global, a callback that takes no release (corpus: meteor-stream/meteor-postgres)",
      code: `pg = Npm.require("pg");
Postgres.createRelationship = function (table) {
  pg.connect(conString, function (err, client) {
    client.query("CREATE TABLE " + table, function (error) {});
  });
};`,
      errors: [{ messageId: "neverReleased", data: { pool: "pg" }, line: 3, column: 3, suggestions: [] }],
    },
    {
      name: "Npm.require of pg in a declared variable",
      code: `var pg = Npm.require("pg");
pg.connect(process.env.DATABASE_URL, function (err, client, done) {
  client.query("SELECT 1", () => console.log("ok"));
});`,
      errors: [{ messageId: "neverReleased", data: { pool: "pg" }, line: 2, column: 1, suggestions: [] }],
    },
    {
      name: "require of pg in an implicit global set once at the top level",
      code: `pg = require("pg");
pg.connect(process.env.DATABASE_URL, function (err, client) {
  client.query("LISTEN events");
});`,
      errors: [{ messageId: "neverReleased", data: { pool: "pg" }, line: 2, column: 1, suggestions: [] }],
    },
  ],
});
