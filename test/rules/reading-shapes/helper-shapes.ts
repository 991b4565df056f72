// Shapes of the answering-helper reading (answering-helper-releases.ts, `if (handleError(err, client, done)) return;`)
// written to break it (review-a): optional calls, spreads, TS wrappers, helpers declared after use, overloaded, arrow,
// class-method and recursive helpers, `arguments`, default and rest parameters, empty bodies, JSX.
// A name ending in jsx/tsx is linted as such a file. Read by new-readings-no-crash.test.ts; HELPER and populate by
// answering-helper-releases.test.ts too.
export const HELPER = `function handleError(err, client, done) {
  if (!err) return false;
  if (client) {
    done(client);
  }
  console.log("Connection Error");
  return true;
}
`;

/** The helper on lines 2–9 (or `helper`'s own lines), the checkout on the line after it, then `body`. */
export const populate = (body: string, helper = HELPER) => `var pg = require("pg");
${helper}module.exports.populate = function (addGame) {
  pg.connect(process.env.DATABASE_URL, function (err, client, done) {
${body}  });
};
`;

const P = populate;
const LEAKING = `    if (handleError(err, client, done)) return;
    client.query("SELECT url FROM challenges", function (err, result) {
      addGame(result);
    });
`;
const OKB = LEAKING.replace("      addGame(result);\n", "      done();\n      addGame(result);\n");
const L = (helper: string) => P(LEAKING, helper);
const O = (helper: string) => P(OKB, helper);
const withCall = (call: string) => P(LEAKING.replace("if (handleError(err, client, done)) return;", call));
export const cases: Record<string, string> = {
  base: P(LEAKING),
  baseOk: P(OKB),
  optionalCall: withCall("if (handleError?.(err, client, done)) return;"),
  optionalCallOk: P(OKB.replace("handleError(", "handleError?.(")),
  spreadAfter: withCall("if (handleError(err, client, done, ...[])) return;"),
  spreadOfDone: withCall("if (handleError(err, client, ...[done])) return;"),
  spreadDone: withCall("if (handleError(err, client, ...done)) return;"),
  asArg: withCall("if (handleError(err, client, done as any)) return;"),
  nonNullArg: withCall("if (handleError(err, client, done!)) return;"),
  parenArg: withCall("if (handleError(err, client, (done))) return;"),
  asCallee: withCall("if ((handleError as any)(err, client, done)) return;"),
  asTest: withCall("if (handleError(err, client, done) as boolean) return;"),
  satisfiesTest: withCall("if (handleError(err, client, done) satisfies boolean) return;"),
  negated: withCall("if (!handleError(err, client, done)) { client.query('x', () => done()); return; }"),
  doubleNegated: withCall("if (!!handleError(err, client, done)) return;"),
  ternary: withCall("const stop = handleError(err, client, done) ? 1 : 0; if (stop) return;"),
  andChain: withCall("if (err && handleError(err, client, done)) return;"),
  orChain: withCall("if (handleError(err, client, done) || x) return;"),
  compareFalse: withCall("if (handleError(err, client, done) === false) {} else return;"),
  doneTwice: withCall("if (handleError(err, client, done, done)) return;"),
  doneTwiceHelperCallsSecondOnFalse: P(LEAKING.replace("handleError(err, client, done)", "handleError(err, client, done, done)"), "function handleError(err, client, done, d2) {\n  if (!err) { d2(); return false; }\n  done(client);\n  return true;\n}\n"),
  helperAfterUse: P(LEAKING, "") + HELPER,
  constHelperAfterUse: P(LEAKING, "") + "const handleError = (err, client, done) => {\n  if (!err) return false;\n  done(client);\n  return true;\n};\n",
  overloadedTs: P(LEAKING, "function handleError(err: any, client: any, done: any): boolean;\nfunction handleError(err: any): boolean;\n" + HELPER.replace("function handleError(err, client, done)", "function handleError(err: any, client?: any, done?: any): boolean")),
  arrowExprBody: L("const handleError = (err, client, done) => err ? (done(client), true) : false;\n"),
  arrowHelper: L("const handleError = (err, client, done) => {\n  if (!err) return false;\n  done(client);\n  return true;\n};\n"),
  funcExprHelper: L("const handleError = function (err, client, done) {\n  if (!err) return false;\n  done(client);\n  return true;\n};\n"),
  namedFuncExprHelper: L("const handleError = function h(err, client, done) {\n  if (!err) return false;\n  done(client);\n  if (Math.random()) return h(null, client, done);\n  return true;\n};\n"),
  letHelper: L("let handleError = function (err, client, done) {\n  if (!err) return false;\n  done(client);\n  return true;\n};\n"),
  argumentsReleasesOnFalse: P(OKB.replace("      done();\n", ""), "function handleError(err, client, done) {\n  if (!err) { arguments[2](); return false; }\n  done(client);\n  return true;\n}\n"),
  argumentsPlain: L("function handleError(err, client, done) {\n  if (!err) return false;\n  arguments[2](client);\n  done(client);\n  return true;\n}\n"),
  defaultParamCallsDone: P(OKB.replace("      done();\n", ""), "function handleError(err, client, done, _ = err ? 0 : done()) {\n  if (!err) return false;\n  done(client);\n  return true;\n}\n"),
  defaultParamOwn: L("function handleError(err, client, done = () => {}) {\n  if (!err) return false;\n  done(client);\n  return true;\n}\n"),
  restParam: L("function handleError(err, ...rest) {\n  if (!err) return false;\n  rest[1]();\n  return true;\n}\n"),
  destructuredParam: L("function handleError(err, client, { done }) {\n  if (!err) return false;\n  done(client);\n  return true;\n}\n"),
  fewerParams: L("function handleError(err) {\n  if (!err) return false;\n  return true;\n}\n"),
  clientReleasedOnFalse: P(OKB.replace("      done();\n", ""), "function handleError(err, client, done) {\n  if (!err) { client.release(); return false; }\n  done(client);\n  return true;\n}\n"),
  releasesTrueOnSuccessToo: P(OKB.replace("      done();\n", ""), "function handleError(err, client, done) {\n  done(err);\n  return true;\n}\n"),
  classMethodHelper: `var pg = require("pg");\nclass A {\n  handleError(err, client, done) {\n    if (!err) return false;\n    done(client);\n    return true;\n  }\n  populate(addGame) {\n    pg.connect(process.env.DATABASE_URL, (err, client, done) => {\n      if (this.handleError(err, client, done)) return;\n      client.query("x", function () { addGame(); });\n    });\n  }\n}\nmodule.exports = A;\n`,
  recursiveHelper: L("function handleError(err, client, done) {\n  if (!err) return false;\n  if (err.inner) return handleError(err.inner, client, done);\n  done(client);\n  return true;\n}\n"),
  emptyHelper: L("function handleError(err, client, done) {}\n"),
  emptyHelperArrow: L("const handleError = () => {};\n"),
  throwAfterDone: L("function handleError(err, client, done) {\n  if (!err) return false;\n  done(client);\n  throw err;\n}\n"),
  tryFinallyHelper: L("function handleError(err, client, done) {\n  try {\n    if (!err) return false;\n  } finally {\n    done(client);\n  }\n  return true;\n}\n"),
  tryFinallyHelperOk: O("function handleError(err, client, done) {\n  try {\n    if (!err) return false;\n  } finally {\n    done(client);\n  }\n  return true;\n}\n"),
  loopHelper: L("function handleError(err, client, done) {\n  for (const e of [err]) {\n    if (!e) return false;\n  }\n  done(client);\n  return true;\n}\n"),
  switchHelper: L("function handleError(err, client, done) {\n  switch (err) {\n    case null: return false;\n  }\n  done(client);\n  return true;\n}\n"),
  labeledHelper: L("function handleError(err, client, done) {\n  a: { if (!err) break a; done(client); return true; }\n  return 1;\n}\n"),
  labeledHelperOk: O("function handleError(err, client, done) {\n  a: { if (!err) break a; done(client); return true; }\n  return 1;\n}\n"),
  doneInParamOnly: L("function handleError(err, client, done, x = done) {\n  if (!err) return false;\n  done(client);\n  return true;\n}\n"),
  helperWithThis: L("function handleError(this: any, err, client, done) {\n  if (!err) return false;\n  done(client);\n  return true;\n}\n"),
  helperTsParam: L("function handleError(err: Error, client: any, done: (c?: any) => void): boolean {\n  if (!err) return false;\n  done!(client);\n  return true;\n}\n"),
  helperDoneOptionalCall: L("function handleError(err, client, done) {\n  if (!err) return false;\n  done?.(client);\n  return true;\n}\n"),
  helperDoneAsCall: L("function handleError(err, client, done) {\n  if (!err) return false;\n  (done as any)(client);\n  return true;\n}\n"),
  helperDoneCallCall: L("function handleError(err, client, done) {\n  if (!err) return false;\n  done.call(null, client);\n  return true;\n}\n"),
  helperReturnsTrueString: L("function handleError(err, client, done) {\n  if (!err) return '';\n  done(client);\n  return 'yes';\n}\n"),
  helperReturnNoArg: L("function handleError(err, client, done) {\n  if (!err) return;\n  done(client);\n  return true;\n}\n"),
  helperShadowed: P(LEAKING.replace("if (handleError", "const handleError = (a, b, c) => false;\n    if (handleError")),
  arrowCallbackWithArguments: P(LEAKING.replace("handleError(err, client, done)", "handleError(...arguments)")),
  jsx: P(LEAKING.replace("addGame(result);", "addGame(<div>{result}</div>);")),
  tsx: P(LEAKING.replace("addGame(result);", "addGame(<div>{result}</div>);")),
  whileTest: withCall("while (handleError(err, client, done)) return;"),
  returnTest: withCall("return handleError(err, client, done) && undefined;"),
  conditionalTest: withCall("return handleError(err, client, done) ? undefined : client.query('y', () => {});"),
  sequenceTest: withCall("if ((0, handleError(err, client, done))) return;"),
  sequenceTestCallee: withCall("if ((0, handleError)(err, client, done)) return;"),
  newCall: withCall("if (new handleError(err, client, done)) return;"),
  taggedArg: withCall("if (handleError(err, client, done)) return;").replace("function handleError(err, client, done) {", "function handleError(err, client, done) {\n  `${done}`;"),
  helperUsesArgumentsLength: L("function handleError(err, client, done) {\n  if (!err || arguments.length < 3) return false;\n  done(client);\n  return true;\n}\n"),
};
cases.closureHelper = P(`    function handleError(e, release) {\n      if (!e) {\n        client.release();\n        return false;\n      }\n      release();\n      return true;\n    }\n${LEAKING.replace("handleError(err, client, done)", "handleError(err, done)")}`, "");
