// Reading a property of a client sends nothing on its connection: no work a timer defers (the pg docs' checkout
// watchdog logs `client.lastQuery`), and, for the settings the client was made with, no use after a release.
// Calling through the client, writing to it, passing it on, or reading its session state after the release
// (`processID`) still counts. Each invalid case sits next to the valid twin that differs by that one thing.
import unawaited from "../../rules/no-unawaited-client-work.js";
import afterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** A callback checkout that releases through `done`, then runs `after` (line 7 onwards, indented 4). */
const releasedThen = (after: string) =>
  `const { Pool } = require("pg");
const pool = new Pool();
function check(cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);
    done();
${after.split("\n").map((line) => `    ${line}`).join("\n")}
    cb();
  });
}`;

ruleTester.run("no-use-after-release: property reads", afterRelease, {
  valid: [
    { name: "a setting read after the release", code: releasedThen("assert.equal(client.connectionParameters.keepAlive, false);") },
    { name: "the database name logged after the release", code: releasedThen("console.log(`done with ${client.database}`);") },
    { name: "a setting read through a cast", code: releasedThen("const port = (client as any).port;") },
  ],
  invalid: [
    {
      name: "a query after the release",
      code: releasedThen('client.query("SELECT 1");'),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 7, column: 5, endColumn: 11 }],
    },
    {
      name: "session state (the backend's process id) logged after the release",
      code: releasedThen("console.log(`pid ${client.processID}`);"),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 7, column: 24 }],
    },
    {
      name: "a setting's method called after the release",
      code: releasedThen("client.connectionParameters.getLibpqConnectionString(cb);"),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 7, column: 5 }],
    },
    {
      name: "a method called on a property after the release",
      code: releasedThen("client.connection.stream.destroy();"),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 7, column: 5 }],
    },
    {
      name: "a property written after the release",
      code: releasedThen("client.lastQuery = null;"),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 7, column: 5 }],
    },
    {
      name: "a method taken and bound after the release",
      code: releasedThen("const query = client.query.bind(client);"),
      errors: [
        { messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 7, column: 19 },
        { messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 7, column: 37 },
      ],
    },
  ],
});

/** The pg docs' checkout watchdog: a timer armed at checkout, cleared by the closure that releases. */
const watchdog = (timerBody: string) =>
  `const { Pool } = require("pg");
const pool = new Pool();
function getClient(callback) {
  pool.connect((err, client, done) => {
    const timer = setTimeout(() => {
      ${timerBody}
    }, 5000);
    const release = (error) => {
      clearTimeout(timer);
      done(error);
    };
    callback(err, client, release);
  });
}`;

ruleTester.run("no-unawaited-client-work: property reads in timers", unawaited, {
  valid: [
    { name: "a watchdog that logs the last query", code: watchdog("console.error(`last query: ${client.lastQuery}`);") },
    { name: "a watchdog that reads a nested setting", code: watchdog("console.error(client.connectionParameters.database);") },
  ],
  invalid: [
    {
      name: "a watchdog that queries through the client",
      code: watchdog('client.query("SELECT pg_cancel_backend(pg_backend_pid())");'),
      errors: [{ messageId: "timer", data: { timer: "setTimeout", client: "client" }, line: 5, column: 19, suggestions: [] }],
    },
    {
      name: "a watchdog that passes the client on",
      code: watchdog("inspect(client);"),
      errors: [{ messageId: "timer", data: { timer: "setTimeout", client: "client" }, line: 5, column: 19, suggestions: [] }],
    },
  ],
});
