// Error-splitting wrappers: okay's `ok(onError, fn)` returns a node-style callback that hands an error to `onError`
// and calls `fn` with the other arguments only when there is none. Code of pg's callback era wraps both the checkout
// (`pg.connect(config, ok(cb, function (client, done) {…}))`) and its queries in it, so `fn` never sees the error
// parameter, and a `done()` inside a wrapped query callback runs on success only (brianc/node-pg-query before adbe76e).
// Only a wrapper bound to a known module counts: a local `ok` may do anything with its arguments.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { programOf } from "../ast-walk.js";
import { isCallbackFunction, takesErrorFirst, type CallbackFunction } from "./callback-arguments.js";
import { requiredModule } from "../node-shapes.js";

/** Packages whose export (default, or the module itself) is an error-splitting wrapper. */
const SPLITTING_MODULES = new Set(["okay"]);

/** Per program: the top-level names bound to such a wrapper. Keyed weakly, so it lives as long as the AST. */
const namesByProgram = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

/** `var ok = require("okay")`, `import ok from "okay"`, `import * as ok from "okay"` at the top of the module. */
function splittingNames(program: TSESTree.Program): ReadonlySet<string> {
  const known = namesByProgram.get(program);
  if (known) return known;
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (!SPLITTING_MODULES.has(String(statement.source.value))) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) names.add(specifier.local.name);
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const module = requiredModule(declarator.init);
        if (module && SPLITTING_MODULES.has(module) && declarator.id.type === AST_NODE_TYPES.Identifier) {
          names.add(declarator.id.name);
        }
      }
    }
  }
  namesByProgram.set(program, names);
  return names;
}

/** `ok(onError, fn)`: the wrapper call's parts, when its callee is bound to an error-splitting module. */
export interface ErrorSplit {
  wrapper: TSESTree.CallExpression;
  /** What gets the error: `cb` in `ok(cb, fn)`. */
  onError: TSESTree.Node;
  /** The function called with the remaining arguments when there is no error. */
  onSuccess: CallbackFunction;
}

export function errorSplit(node: TSESTree.Node): ErrorSplit | null {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier) return null;
  const [onError, onSuccess] = node.arguments;
  // The success function gets no error: one that takes an error first is some other wrapper's callback.
  if (node.arguments.length !== 2 || !onError || !isCallbackFunction(onSuccess) || takesErrorFirst(onSuccess)) return null;
  const program = programOf(node);
  if (!program || !splittingNames(program).has(node.callee.name)) return null;
  return { wrapper: node, onError, onSuccess };
}

/** `fn` is the success function of an error-splitting wrapper call: the split, else null. */
export function splitOwning(fn: TSESTree.Node): ErrorSplit | null {
  const parent = fn.parent;
  if (!parent) return null;
  const split = errorSplit(parent);
  return split?.onSuccess === fn ? split : null;
}

/**
 * When every release (or hand-over) of a client sits inside the success function of an error-splitting wrapper below
 * the owner — `client.query(sql, ok(cb, function (res) { done(); … }))` — a failing query goes to `cb` and nothing
 * releases: the first such wrapper. Null when some release runs whatever the outcome.
 */
export function splitOnlyRelease(releasing: ReadonlyArray<{ nested: readonly TSESTree.Node[] }>): ErrorSplit | null {
  let first: ErrorSplit | null = null;
  for (const { nested } of releasing) {
    const split = nested.map(splitOwning).find((found) => found !== null);
    if (!split) return null;
    if (!first || split.wrapper.range[0] < first.wrapper.range[0]) first = split;
  }
  return first;
}

/** Names a wrapped function gives the client it is passed first (`client`, `conn`, `client1`, `pgClient`). */
const CLIENT_NAME = /^(\w*client|conn|connection)\d*$/i;
/** Names of the release passed after it (`done`, `release`, `done1`). */
const RELEASE_NAME = /^(done|release)\d*$/i;

/**
 * `pool.connect(assert.success(function (client, done) {…}))`: a wrapper given one function that takes the error
 * itself and calls the function with the rest (pg's own test helper asserts there is no error, then calls
 * `fn(client, done)`). Nothing says what an unknown wrapper passes on, so only a function whose parameters name the
 * client first and, if it takes one, the release second is taken for such a wrapper's: that function, else null.
 * A wrapped function taking an error first is an ordinary wrapped callback (callback-arguments.ts).
 */
export function errorTakingWrapped(argument: TSESTree.Node): CallbackFunction | null {
  if (argument.type !== AST_NODE_TYPES.CallExpression || argument.arguments.length !== 1) return null;
  const [fn] = argument.arguments;
  if (!isCallbackFunction(fn) || fn.params.length === 0 || fn.params.length > 2) return null;
  const [client, release] = fn.params;
  if (client?.type !== AST_NODE_TYPES.Identifier || !CLIENT_NAME.test(client.name)) return null;
  if (release && (release.type !== AST_NODE_TYPES.Identifier || !RELEASE_NAME.test(release.name))) return null;
  return fn;
}
