// A checkout through a callback-style helper IMPORTED from a local module: `const getClient =
// require("./postgres").getClient; getClient(function (error, client, done) { … })`, where the module's function
// hands pg's `(err, client, done)` on to its callback (pools/callback-checkout-functions.ts). The call is read as
// pg's own `pg.connect(function (err, client, done) { … })` would be: a callback-style checkout whose client and
// `done` are the callback's second and third parameters (LocalData/localdata-api's parcels controller). The module is
// read only for a call whose last argument is a function that takes at least two plain parameters and uses the second
// as a client (`client.query(…)`, `client.release()`), or takes a third, the release: a route that checks out through
// the helper and only renders a page never touches the client nor calls `done` (BlessedMW/Mande-Corporation-2023's
// configTrabajador), and holds it all the same.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { unwrapExpression } from "../node-shapes.js";
import type { ModuleParser } from "../pools/module-pools.js";
import type { Acquisition } from "./acquisition.js";
import { usedAsClient } from "./client-use.js";
import { calledThrough, relativeBindings } from "./imported-checkouts.js";
import { importedFunction } from "./imported-functions.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Callback = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The calls of imported callback-style checkout helpers, each as a callback-style checkout. */
export function importedCallbackCheckouts(sourceCode: SourceCode, filename: string, parser: ModuleParser | undefined): Acquisition[] {
  const found: Acquisition[] = [];
  for (const variable of relativeBindings(sourceCode, filename)) {
    for (const reference of variable.references) {
      const call = calledThrough(reference.identifier as TSESTree.Identifier);
      const callback = call ? clientCallback(call, sourceCode) : null;
      if (!call || !callback) continue;
      const index = importedFunction(call, sourceCode, filename, parser)?.callbackCheckout;
      if (index === undefined || index === null || call.arguments.length !== index + 1) continue;
      found.push(callbackCheckout(call, callback, sourceCode));
    }
  }
  return found;
}

/** The checkout a helper's call makes, read as pg's own `connect(callback)`: `(err, client, done)` of the callback. */
export function callbackCheckout(call: TSESTree.CallExpression, callback: Callback, sourceCode: SourceCode): Acquisition {
  const parameter = (position: number) => declared(sourceCode, callback, position);
  return {
    style: "callback",
    call,
    pool: call.callee,
    target: "variable",
    client: parameter(1),
    releaseFunction: parameter(2),
    errorParameter: parameter(0),
    owner: callback,
    binding: callback.params[1]!,
    throughHelper: true,
  };
}

/** The call's last argument, a function whose second parameter is used as a client, or that takes a release third. */
export function clientCallback(call: TSESTree.CallExpression, sourceCode: SourceCode): Callback | null {
  const last = call.arguments.at(-1);
  const callback = last ? unwrapExpression(last) : null;
  if (callback?.type !== AST_NODE_TYPES.FunctionExpression && callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression) return null;
  if (callback.params.length < 2 || !callback.params.every((param) => param.type === AST_NODE_TYPES.Identifier)) return null;
  const client = declared(sourceCode, callback, 1);
  if (!client) return null;
  return callback.params.length >= 3 || usedAsClient(client, sourceCode) ? callback : null;
}

function declared(sourceCode: SourceCode, callback: Callback, index: number): TSESLint.Scope.Variable | null {
  const param = callback.params[index];
  if (param?.type !== AST_NODE_TYPES.Identifier) return null;
  return sourceCode.getDeclaredVariables(callback).find((variable) => variable.identifiers.includes(param)) ?? null;
}
