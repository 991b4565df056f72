// no-leaked-client: a 'finish'-only release reached through continuations of other calls. totaljs/node-sqlagent's
// large-object writes check a client out, BEGIN in a query callback, get a stream in the large-object helper's
// callback, and give the client back only in that stream's 'finish' listener; the other releases sit in the
// `if (err)` branches of those callbacks, which run when a step failed. A stream that fails emits 'error', never
// 'finish', so the client stays out. Its twins release on 'error' too, or in the continuation whatever its outcome.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** writeBuffer's shape; `listeners` are registered on the stream the helper's callback gets. */
const writeBuffer = (listeners: string) => `var Pg = require("pg");
var Lo = require("./pg-lo");
var pool = new Pg.Pool();
function writeBuffer(buffer, callback) {
  pool.connect(function (err, client, done) {
    if (err) return callback(err);
    client.query("BEGIN", function (err) {
      if (err) {
        done();
        return callback(err);
      }
      Lo.create(client).writeStream(buffer.length, function (err, oid, stream) {
        if (err) {
          client.query("ROLLBACK", done);
          return callback(err);
        }
${listeners}
        stream.end(buffer);
      });
    });
  });
}`;

const FINISH = `        stream.on("finish", function () {\n          client.query("COMMIT", done);\n          callback(null, oid);\n        });`;
const ERROR = `        stream.on("error", function (streamErr) {\n          client.query("ROLLBACK", function () {\n            done(streamErr);\n          });\n          callback(streamErr);\n        });`;

ruleTester.run("continuation event releases (no-leaked-client)", rule, {
  valid: [
    { name: "the stream's 'error' listener releases too", code: writeBuffer(`${FINISH}\n${ERROR}`) },
    {
      name: "a continuation that releases whatever its outcome",
      code: `var Pg = require("pg");
var pool = new Pg.Pool();
function count(callback) {
  pool.connect(function (err, client, done) {
    if (err) return callback(err);
    client.query("BEGIN", function (err) {
      if (err) {
        done();
        return callback(err);
      }
      client.query("SELECT count(*) FROM t", function (queryErr, result) {
        done(queryErr);
        callback(queryErr, result && result.rows[0]);
      });
    });
  });
}`,
    },
  ],
  invalid: [
    {
      name: "writeBuffer: released in the failed steps' branches and on 'finish' only",
      code: writeBuffer(FINISH),
      errors: [
        {
          messageId: "releasedOnlyOnSuccessEvent",
          data: { pool: "pool", emitter: "stream", event: "finish", line: 17 },
          line: 5,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
