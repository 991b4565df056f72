// Shapes of the callback checkout released first thing in its query's callback (callback-released.ts, whose first
// call must now be `done`'s own) written to break it (review-c): another function first, `done` shadowed, aliased,
// called twice, optional, through `arguments`, member and spread calls, TS wrappers, async and generator callbacks,
// empty bodies, JSX. A name ending in jsx/tsx is linted as such a file. Read by new-readings-no-crash.test.ts.
/** `pool.connect` whose guard is `guard` and whose query callback's body is `body`. */
const C = (body: string, guard = "if (err) return cb(err);", params = "err, client, done", callback = "(qErr, res) =>") => `const { Pool } = require("pg");
const pool = new Pool();
export function q(text, cb) {
  pool.connect((${params}) => {
    ${guard}
    client.query(text, [1], ${callback} {
${body}    });
  });
}
`;
export const cases: Record<string, string> = {
  doneFirst: C("      done();\n      cb(qErr, res);\n"),
  doneWithError: C("      done(qErr);\n      cb(qErr, res);\n"),
  otherFirst: C("      cb(qErr, res);\n"),
  otherFirstDoneLater: C("      cb(qErr, res);\n      done();\n"),
  doneInGuard: C("      cb(qErr, res);\n", "if (err) return done(err);"),
  doneShadowed: C("      done();\n", "if (err) return cb(err);", "err, client, done", "(qErr, res, done) =>"),
  doneAliased: C("      release();\n", "if (err) return cb(err);\n    const release = done;"),
  doneTwice: C("      done();\n      done();\n"),
  doneOptional: C("      done?.();\n"),
  doneNonNull: C("      done!();\n"),
  doneAs: C("      (done as () => void)();\n"),
  doneParenthesized: C("      (done)();\n"),
  doneMember: C("      done.call(null);\n"),
  doneSpread: C("      done(...[qErr]);\n"),
  doneLiteralArgument: C("      done(true);\n"),
  throughArguments: C("      arguments[2]();\n", "if (err) return cb(err);", "err, client, done", "function (qErr, res)"),
  outerArguments: `const { Pool } = require("pg");\nconst pool = new Pool();\nexport function q(text, cb) {\n  pool.connect(function (err, client) {\n    if (err) return cb(err);\n    const release = arguments[2];\n    client.query(text, (qErr, res) => {\n      cb(qErr, res);\n    });\n  });\n}\n`,
  noDoneParameter: C("      cb(qErr, res);\n", "if (err) return cb(err);", "err, client"),
  destructuredDone: C("      cb(qErr, res);\n", "if (err) return cb(err);", "err, client, { done }"),
  restParameters: C("      cb(qErr, res);\n", "if (err) return cb(err);", "err, client, ...rest"),
  defaultDone: C("      done();\n", "if (err) return cb(err);", "err, client, done = () => {}"),
  asyncCallback: C("      done();\n", "if (err) return cb(err);", "err, client, done", "async (qErr, res) =>"),
  generatorCallback: C("      done();\n", "if (err) return cb(err);", "err, client, done", "function* (qErr, res)"),
  emptyCallback: C(""),
  emptyStatementFirst: C("      ;\n      done();\n"),
  elseForm: `const { Pool } = require("pg");\nconst pool = new Pool();\nexport function q(text, cb) {\n  pool.connect((err, client, done) => {\n    if (err) { cb(err); } else client.query(text, (qErr, res) => {\n      cb(qErr, res);\n    });\n  });\n}\n`,
  expressionBody: `const { Pool } = require("pg");\nconst pool = new Pool();\nexport function q(text, cb) {\n  pool.connect((err, client, done) => {\n    if (err) return cb(err);\n    client.query(text, (qErr, res) => cb(qErr, res));\n  });\n}\n`,
  namedCallback: `const { Pool } = require("pg");\nconst pool = new Pool();\nexport function q(text, cb) {\n  pool.connect((err, client, done) => {\n    if (err) return cb(err);\n    client.query(text, after);\n    function after(qErr, res) { cb(qErr, res); }\n  });\n}\n`,
  jsx: C("      cb(qErr, <div>{res.rows.length}</div>);\n"),
};
