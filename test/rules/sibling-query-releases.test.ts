// Two queries sent one after the other, each callback releasing the client (src/analysis/lifetime/
// sibling-query-releases.ts): pg runs them in order, so the first callback releases while the second query still
// waits, and the second releases again. Reduced from rikx/icom5047 before 7da724f (test/realworld/cases/apps/
// rikx-icom5047-admin-ganaderos-*). Each invalid case sits next to the valid twin it differs from.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** A callback-style checkout sending two queries, `first` and `second` being their callbacks' bodies. */
const twoQueries = (first: string, second: string) => `pg.connect(conString, function (err, client, done) {
  if (err) {
    return console.error("error fetching client from pool", err);
  }
  client.query("SELECT 1", function (err, result) {
    ${first}
  });
  client.query("SELECT 2", function (err, result) {
    ${second}
  });
});`;

const doubleRelease = (client: string, line: number, at: number, column: number) => ({
  messageId: "doubleRelease" as const,
  data: { client, line },
  line: at,
  column,
});

ruleTester.run("no-use-after-release: two queries whose callbacks both release", rule, {
  valid: [
    {
      name: "only the second query's callback releases (the fix in rikx/icom5047 7da724f)",
      code: twoQueries("if (err) return console.error(err);", "done();\n    if (err) return console.error(err);"),
    },
    {
      name: "the first callback releases only when its query failed",
      code: twoQueries("if (err) { done(); return; }", "done();"),
    },
    {
      name: "the second query is sent from the first one's callback, which does not release",
      code: `pg.connect(conString, function (err, client, done) {
  client.query("SELECT 1", function (err, first) {
    client.query("SELECT 2", function (err, second) {
      done();
    });
  });
});`,
    },
    {
      name: "a return between the two queries leaves before the second is sent",
      code: `pg.connect(conString, function (err, client, done) {
  client.query("SELECT 1", function (err, result) {
    done();
  });
  return;
  client.query("SELECT 2", function (err, result) {
    done();
  });
});`,
    },
  ],
  invalid: [
    {
      name: "both callbacks call done() first thing (rikx/icom5047 before 7da724f)",
      code: twoQueries("done();\n    if (err) return console.error(err);", "done();\n    if (err) return console.error(err);"),
      errors: [doubleRelease("done", 6, 10, 5)],
    },
    {
      name: "both callbacks release with client.release(), after other work",
      code: `async function load(pool) {
  const client = await pool.connect();
  client.query("SELECT 1", (err, result) => {
    console.log(result);
    client.release();
  });
  client.query("SELECT 2", (err, result) => {
    client.release();
  });
}`,
      errors: [doubleRelease("client", 5, 8, 5)],
    },
  ],
});
