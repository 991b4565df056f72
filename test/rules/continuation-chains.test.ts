// A callback checkout whose release is reached only through a chain of continuations declared in the callback
// (noblesamurai/node-pg-jobs' processNow after PR #25): `processed` releases, `gotData` is what another function made
// of it, `gotLock` passes `gotData` on, and the callback passes `gotLock` on. A `return` in a link before it passes
// the chain on leaves the client held. A chain the reading does not understand stays silent.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const processNow = (gotLock: string) =>
  `var pg = require("pg");\nfunction processNow(options, jobsModel, getJobProcessor, jobId, processFunction, done) {\n  pg.connect(options.db, connected);\n  function connected(err, db, releaseClient) {\n    if (err) return done(err);\n    jobsModel.obtainLock(db, jobId, gotLock);\n    function gotLock(err) {\n${gotLock}    }\n    var gotData = getJobProcessor(true, db, processFunction, processed);\n    function processed(err) {\n      jobsModel.unlock(db, jobId);\n      releaseClient();\n      done(err);\n    }\n  }\n}\n`;
const direct = (gotLock: string, tail = "") =>
  `import { Pool } from "pg";\nconst pool = new Pool();\nexport function run(id, cb) {\n  pool.connect(function (err, client, release) {\n    if (err) return cb(err);\n    lock(client, id, gotLock);\n${tail}    function gotLock(err) {\n${gotLock}    }\n    function finished(err, res) {\n      release();\n      cb(err, res);\n    }\n  });\n}\n`;
/** The releasing continuation wrapped by a factory (`wrap(finished)`), the lock taken without the client. */
const wrapped = (gotLock: string) =>
  `import { Pool } from "pg";\nconst pool = new Pool();\nexport function run(id, cb) {\n  pool.connect(function (err, client, release) {\n    if (err) return cb(err);\n    lock(id, gotLock);\n    function gotLock(err) {\n${gotLock}    }\n    var onRows = wrap(finished);\n    function finished(err, res) {\n      release();\n      cb(err, res);\n    }\n  });\n}\n`;

ruleTester.run("no-leaked-client: a release reached through a chain of continuations", rule, {
  valid: [
    {
      name: "every link passes the chain on (node-pg-jobs' gotLock without its early return)",
      code: processNow(`      jobsModel.getDataForJob(db, jobId, gotData);\n`),
    },
    {
      name: "a wrapped releasing continuation, passed on by every path",
      code: wrapped(`      client.query("SELECT 1", onRows);\n`),
    },
    {
      name: "the early return releases first",
      code: direct(`      if (err) {\n        release();\n        return cb(err);\n      }\n      client.query("SELECT 1", finished);\n`),
    },
    {
      name: "a link also stored elsewhere is not understood: silent",
      code: direct(`      if (err) return cb(err);\n      client.query("SELECT 1", finished);\n`, `    handlers.onLock = gotLock;\n`),
    },
  ],
  invalid: [
    {
      name: "the lock's failure returns before passing the chain on (node-pg-jobs' processNow after PR #25)",
      code: processNow(`      if (err) return done(err);\n      jobsModel.getDataForJob(db, jobId, gotData);\n`),
      errors: [
        {
          messageId: "callbackPathWithoutDone",
          data: { pool: "pg", where: "the `return` on line 8", done: "releaseClient" },
          line: 3,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "a wrapped releasing continuation, passed to a query after a block that returns",
      code: wrapped(`      if (err) {\n        console.error(err);\n        return cb(err);\n      }\n      client.query("SELECT 1", onRows);\n`),
      errors: [
        {
          messageId: "callbackPathWithoutDone",
          data: { pool: "pool", where: "the `return` on line 10", done: "release" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
