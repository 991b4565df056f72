// A callback-style connection helper of a local module — `getClient(callback)` handing pg's `(err, client, done)` on
// to its callback (LocalData/localdata-api's lib/postgres.js) — makes `getClient(function (err, client, done) { … })`
// a checkout, read as pg's own connect callback is (imported-callback-checkouts.ts,
// pools/callback-checkout-functions.ts). Each invalid case has its valid twin; a helper that uses the client itself,
// or a module that does not import pg, is no such helper. The shortest helper hands its callback to connect itself
// (BlessedMW/Mande-Corporation-2023's `function connect(callback) { return pool.connect(callback); }` over pg-pool,
// exported whole); one that also touches the callback is not read. A route that checks out and never touches the
// client (its configTrabajador only renders a page) holds it all the same. A helper may hand on, in the release's
// place, a wrapper of `done` it declares (tanay97/Trading-Card-Tracker's `const release = (err) => { done(err);
// clearTimeout(timeout); }`): read as `done` when the wrapper calls it as a statement of its own body, does not
// shadow it, never names the client, and is named nowhere but in the hand-on; each of those has its valid twin.
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
// BlessedMW's helper: pg-pool's connect gets the caller's callback itself.
write(
  "db_pool_connect.js",
  `const Pool = require("pg-pool");\nconst pool = new Pool(require("./config"));\nfunction connect(callback) {\n  return pool.connect(callback);\n}\nmodule.exports = connect;\n`,
);
// Also calls the callback itself: not pg's (err, client, done) alone.
write(
  "wrapping.js",
  `const Pool = require("pg-pool");\nconst pool = new Pool();\nfunction connect(callback) {\n  if (!process.env.DB) return callback(new Error("no DB"));\n  return pool.connect(callback);\n}\nmodule.exports = connect;\n`,
);
/** A timed helper under `module.exports = { getClient }` whose release is a wrapper declared by `declaration`. */
const timedHelper = (declaration: string, handOn = "callback(err, client, release);") =>
  `const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = {\n  getClient: (callback) => {\n    pool.connect((err, client, done) => {\n      const timeout = setTimeout(() => console.error("checked out for 3 minutes"), 180000);\n      ${declaration}\n      ${handOn}\n    });\n  },\n};\n`;
// tanay97/Trading-Card-Tracker's db/util.js: the wrapper releases, logs and clears the timer.
write("timed.js", timedHelper(`const release = (err) => {\n        done(err);\n        clearTimeout(timeout);\n      };`));
// The same wrapper as a function declaration.
write("timed-declared.js", timedHelper(`function release(err) {\n        clearTimeout(timeout);\n        done(err);\n      }`));
// The wrapper releases only on an error: not pg's release.
write("timed-conditional.js", timedHelper(`const release = (err) => {\n        if (err) done(err);\n        clearTimeout(timeout);\n      };`));
// The wrapper's parameter shadows done: it calls whatever the caller passes.
write("timed-shadowed.js", timedHelper(`const release = (done) => {\n        done();\n        clearTimeout(timeout);\n      };`));
// The wrapper runs a query on the client before releasing: the helper uses the client itself.
write("timed-querying.js", timedHelper(`const release = (err) => {\n        client.query("DISCARD ALL");\n        done(err);\n      };`));
// The helper also calls the wrapper itself, from a timer: it gives the client back on its own.
write("timed-self-released.js", timedHelper(`const release = (err) => {\n        done(err);\n        clearTimeout(timeout);\n      };`, "setTimeout(release, 60000);\n      callback(err, client, release);"));
// The helper hands on done itself and arms a timer with another wrapper of it: it gives the client back on its own.
write("timed-watchdog.js", timedHelper(`const forceRelease = () => {\n        done();\n      };`, "setTimeout(forceRelease, 60000);\n      callback(err, client, done);"));
const filename = path.join(root, "app", "entry.js");

/** BlessedMW's registrarUsuario route: done() on the "continuar" branch only. */
const ELSE_BRANCH = (source: string, otherwise = `res.render("start");`) => `const connect = require("./${source}");
exports.post = function (req, res) {
  connect(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    if (req.body.boton == "continuar") {
      client.query("INSERT INTO cliente VALUES ($1)", [req.body.celular], function (err) {
        done(err);
        res.render("registrarUsuario2");
      });
    } else {
      ${otherwise}
    }
  });
};
`;
/** BlessedMW's configTrabajador route: picks a page, never touches the client. */
const UNTOUCHED = (finish = "") => `const connect = require("./db_pool_connect");
exports.post = function (req, res) {
  connect(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    ${finish}res.render(req.body.boton == "volver" ? "trabajador" : "configTrabajador");
  });
};
`;

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

/** tanay97's download route: the COPY stream's 'end' and 'error' answer, nothing calls `done`. */
const TIMED_NEVER = (source: string) => `var copyTo = require("pg-copy-streams").to;
var dbUtil = require("./${source}");
exports.download = function (req, res) {
  dbUtil.getClient((err, client, done) => {
    if (err) {
      res.status(500).send("Error retrieving client");
    }
    var stream = client.query(copyTo("COPY data TO STDOUT"));
    stream.pipe(res);
    stream.on("end", () => res.end());
    stream.on("error", () => res.status(500));
  });
};
`;
/** The same route, `done` bound to the stream's 'end' only. */
const TIMED_ON_END = (source: string) => TIMED_NEVER(source).replace(`stream.on("end", () => res.end());`, `stream.on("end", done);`);

ruleTester.run("no-leaked-client: a checkout through an imported callback-style helper", rule, {
  valid: [
    { name: "released on 'close', which a failing query emits too", code: ON_CLOSE("postgres"), filename },
    { name: "released in the query's callback", code: RELEASED, filename },
    { name: "a helper that uses the client itself only lends it", code: ON_END("lending"), filename },
    { name: "a module of another database", code: ON_END("other"), filename },
    { name: "a forwarding helper's callback that calls done() on both branches", code: ELSE_BRANCH("db_pool_connect", `done(); res.render("start");`), filename },
    { name: "a helper that also calls the callback itself is not read", code: ELSE_BRANCH("wrapping"), filename },
    { name: "a route that never touches the client but calls done()", code: UNTOUCHED("done();\n    "), filename },
    { name: "a wrapped release bound to 'end' and 'error'", code: TIMED_ON_END("timed").replace(`stream.on("error", () => res.status(500));`, `stream.on("error", done);`), filename },
    { name: "a wrapper that releases only on an error is not pg's release", code: TIMED_NEVER("timed-conditional"), filename },
    { name: "a wrapper whose parameter shadows done is not pg's release", code: TIMED_NEVER("timed-shadowed"), filename },
    { name: "a wrapper that queries the client is the helper's own use", code: TIMED_NEVER("timed-querying"), filename },
    { name: "a wrapper the helper also calls itself gives the client back on its own", code: TIMED_NEVER("timed-self-released"), filename },
    { name: "a wrapper not handed on, armed on a timer, gives the client back on its own", code: TIMED_NEVER("timed-watchdog"), filename },
  ],
  invalid: [
    {
      name: "a helper handing on a wrapper of done, never released (tanay97/Trading-Card-Tracker's download route)",
      code: TIMED_NEVER("timed"),
      filename,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "dbUtil.getClient(…)" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "a helper handing on a declared wrapper of done, released only on 'end'",
      code: TIMED_ON_END("timed-declared"),
      filename,
      errors: [
        {
          messageId: "helperReleasedOnlyOnSuccessEvent",
          data: { checkout: "dbUtil.getClient(…)", emitter: "stream", event: "end", line: 10 },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
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
    {
      name: "a helper that hands its callback to pg-pool's connect, done() on one branch (BlessedMW's registrarUsuario)",
      code: ELSE_BRANCH("db_pool_connect"),
      filename,
      errors: [
        {
          messageId: "helperCallbackPathWithoutDone",
          data: { checkout: "connect(…)", where: "the end of the callback on line 15", done: "done" },
          line: 3,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "a route that never touches the client nor calls done() (BlessedMW's configTrabajador)",
      code: UNTOUCHED(),
      filename,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "connect(…)" }, line: 3, column: 3, suggestions: [] }],
    },
  ],
});
