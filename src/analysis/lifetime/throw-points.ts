// Where an exception can come from, and where it goes. ESLint's code paths have no throw edge for a call outside a
// `try` and none at all for `await`, so the lifetime analysis treats every call and `await` as able to throw —
// except logging and tracing (a span's `end`, `setAttribute`…), which a person reading the code does not count as
// work, registering a timer or a listener, awaiting a pause (`await sleep(ms)`),
// handing pg a submittable, built-ins such as `Object.create` (and joining `Object.keys(…)`), reading the monotonic
// clock (`performance.now()`, `process.hrtime()`, `process.hrtime.bigint()`), an array's `push` and its `map`/`forEach`/`filter`/
// `reduce` with a callback that has no throw point of its own, a string's `replace`/`replaceAll` with text
// (string-replace.ts), wrapping a function (`fn.bind(x)`, `promisify(fn)`), node:crypto's `randomUUID()` and the
// uuid package's `v4()` (random-uuid.ts), pg's `client.setTypeParser`, and values built from literals (`new
// Date("2026-04-11")`, `"a".repeat(64)`, `JSON.stringify({ error: "…" })`, `new Date().toISOString()`, `new Set()`:
// literal-values.ts; a Response built from them: literal-responses.ts). A helper whose body the analysis can read is judged by the same model
// (throw-free-helpers.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { memberPropertyName, methodCall, unwrapExpression } from "../node-shapes.js";
import { isTimerCall } from "../timers.js";
import { isCurrentDateRead, isEmptyCollection, isLiteralDate, isLiteralRepeat, isLiteralStringify } from "./literal-values.js";
import { isRandomUuidCall } from "./random-uuid.js";
import { isSafeStringReplace } from "./string-replace.js";
import { isTracingCall } from "./tracing-calls.js";
import { isPause, isPauseCall, isTimerPromise } from "./pauses.js";

/** Registering or removing an event listener (`client.on("notification", …)`) does not throw. */
const LISTENER_METHODS = new Set(["on", "once", "off", "addListener", "prependListener", "prependOnceListener", "removeListener", "removeAllListeners"]);
const LOG_METHODS = new Set(["info", "warn", "error", "debug", "trace", "fatal", "log"]);
/** `console`, `logger`, `req.log`, `this.logger`, and Node-RED's `node` (whose `warn`/`error` log). */
const LOGGER_NAME = /^(console|log|logger|node)$|logger$/i;
/**
 * `console`'s own output methods besides the log levels: `console.time(label)`/`timeEnd`, counters, groups, tables.
 * Like `console.log`, they print and return (corpus: BenLubar/nodebb-postgres-converter times each query with
 * `console.time(label)` between the checkout and the try).
 */
const CONSOLE_METHODS = new Set(["time", "timeEnd", "timeLog", "count", "countReset", "group", "groupCollapsed", "groupEnd", "table", "dir"]);
/**
 * A function named for logging: `log(…)`, `debug(…)`, `logError(…)`, and the snake_case `log_error(…)` (Worklenz's,
 * imported from its utils, logs to the console and starts a Slack notification it does not await).
 */
const LOG_FUNCTION = /^(log|debug|trace|info|warn|log(Error|Warn|Info|Debug)|log_(error|warn|info|debug))$/;
/** Built-ins that do not throw for the arguments programs pass them. */
const SAFE_BUILTINS: Record<string, ReadonlySet<string>> = {
  Object: new Set(["create", "keys", "values", "entries", "freeze", "is", "getPrototypeOf"]),
  Array: new Set(["isArray", "of"]),
  Math: new Set(["abs", "ceil", "floor", "max", "min", "random", "round", "trunc", "sign"]),
  Date: new Set(["now"]),
  /** Reading the monotonic clock (the global, or node:perf_hooks' under that name), as a checkout is timed. */
  performance: new Set(["now"]),
  Number: new Set(["isInteger", "isFinite", "isNaN"]),
};
/** String methods that only read: `level?.toLowerCase()`; and `slice`, which only copies (a string's or an array's). */
const SAFE_METHODS = new Set(["toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "trim", "trimStart", "trimEnd", "startsWith", "endsWith", "padStart", "padEnd", "toFixed", "slice"]);
/**
 * Methods that never throw for the arguments programs pass: an array's `push`, and pg's `client.setTypeParser(oid,
 * fn)`, which stores the parser (its errors come later, when a row is parsed, not here).
 */
const STORING_METHODS = new Set(["push", "setTypeParser"]);
/**
 * Wrapping a function in another calls neither: `cursor.read.bind(cursor)`, `promisify(fn)`, `util.promisify(fn)`
 * return a new function (they throw only when given something that is not a function, a mistake every run makes).
 * Seen in betagouv/preuve-covoiturage's cursor export, which returns `{ read: promisify(cursor.read.bind(cursor)),
 * release: db.release }`.
 */
const FUNCTION_WRAPPERS = new Set(["bind", "promisify"]);
/** Array iteration that throws only when its callback does (`reduce` also on an empty array with no initial value). */
const ITERATION_METHODS = new Set(["map", "forEach", "filter", "reduce"]);
/** Keys of a node that hold TypeScript types, which never run. */
const TYPE_KEYS = new Set(["parent", "typeAnnotation", "returnType", "typeParameters", "typeArguments"]);
/** Conversions and checks that return a value for what programs pass them (`Number(process.env.MAX)` is NaN, not a throw). */
const SAFE_FUNCTIONS = new Set(["String", "Number", "Boolean", "isNaN", "isFinite", "parseInt", "parseFloat", "Symbol"]);
/** `new Error("…")`: making an error does not throw it. */
const ERROR_CLASSES = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"]);
/** An Express/Connect middleware's `(req, res, next)`: the router runs the next layer inside its own try/catch. */
const REQUEST_NAME = /^req(uest)?$/;
const RESPONSE_NAME = /^(res(ponse)?|reply)$/;

/**
 * `console.*(...)` (the log levels, and `console.time`/`timeEnd`/`count`/`group`/`table`/`dir`) or a logger's
 * `info/warn/error/debug/trace/fatal/log(...)` (`logger`, `this.logger`, `req.log`).
 */
export function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return LOG_FUNCTION.test(callee.name);
  const method = methodCall(call);
  if (method?.object.type === AST_NODE_TYPES.Identifier && method.object.name === "console" && CONSOLE_METHODS.has(method.name)) return true;
  if (!method || !LOG_METHODS.has(method.name)) return false;
  const object = method.object;
  if (object.type === AST_NODE_TYPES.Identifier) return LOGGER_NAME.test(object.name);
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberPropertyName(object);
    return name !== null && LOGGER_NAME.test(name);
  }
  return false;
}

/** `Object.create(null)`, `Date.now()`, `performance.now()`, `String(x)`: built-ins that do not throw in practice. */
function isSafeBuiltin(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return SAFE_FUNCTIONS.has(callee.name) || callee.name === "promisify";
  if (isProcessClockRead(call)) return true;
  const method = methodCall(call);
  if (method !== null && (SAFE_METHODS.has(method.name) || isSafeStringReplace(call))) return true;
  if (isCopyIntoNewObject(call) || isJoinedKeys(call)) return true;
  return method !== null && method.object.type === AST_NODE_TYPES.Identifier && SAFE_BUILTINS[method.object.name]?.has(method.name) === true;
}

/**
 * `process.hrtime()` and `process.hrtime.bigint()` with no argument read the monotonic clock, as a checkout is timed
 * (Khomurod/bot-backend's migration runner); `process.hrtime(previous)` throws for a `previous` that is no
 * `[seconds, nanoseconds]` pair, so it stays a throw point.
 */
function isProcessClockRead(call: TSESTree.CallExpression): boolean {
  if (call.arguments.length > 0) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const hrtime = memberPropertyName(callee) === "bigint" ? unwrapExpression(callee.object) : callee;
  return (
    hrtime.type === AST_NODE_TYPES.MemberExpression &&
    memberPropertyName(hrtime) === "hrtime" &&
    hrtime.object.type === AST_NODE_TYPES.Identifier &&
    hrtime.object.name === "process"
  );
}

/**
 * `Object.keys(vars).join(", ")`: the keys are strings, so joining them with a literal separator (or none) cannot
 * throw (Passionfroot/postgres-mcp logs the session variables' names this way in the catch before its release).
 * Any other array's `join` stays a throw point: its receiver may be undefined, or hold values whose `toString` throws.
 */
function isJoinedKeys(call: TSESTree.CallExpression): boolean {
  const method = methodCall(call);
  if (method?.name !== "join" || call.arguments.length > 1) return false;
  const separator = call.arguments[0];
  if (separator !== undefined && !(separator.type === AST_NODE_TYPES.Literal && typeof separator.value === "string")) return false;
  const keys = unwrapExpression(method.object);
  if (keys.type !== AST_NODE_TYPES.CallExpression) return false;
  const inner = methodCall(keys);
  return inner?.name === "keys" && inner.object.type === AST_NODE_TYPES.Identifier && inner.object.name === "Object";
}

/**
 * `Object.assign({}, msg, { payload: [] })`: copying into an object made right there cannot throw (the target is no
 * `null` and has no read-only or setter properties; a source's throwing getter is left aside, like the model's
 * other property reads).
 */
function isCopyIntoNewObject(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  const object = unwrapExpression(callee.object);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== "Object" || memberPropertyName(callee) !== "assign") return false;
  const target = call.arguments[0];
  return target !== undefined && unwrapExpression(target).type === AST_NODE_TYPES.ObjectExpression && call.arguments.every((argument) => argument.type !== AST_NODE_TYPES.SpreadElement);
}

/**
 * `client.query(new Cursor(…))` and the `new` inside it: pg takes a submittable without throwing (its errors arrive as
 * events), so handing one over is no throw point.
 */
function isSubmission(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const call = node.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === node && isSubmission(call);
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || methodCall(node)?.name !== "query") return false;
  const first = node.arguments[0];
  return first !== undefined && unwrapExpression(first).type === AST_NODE_TYPES.NewExpression;
}

function isErrorConstruction(node: TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier && ERROR_CLASSES.has(callee.name);
}

/**
 * `next(err)` in a `(req, res, next)` middleware: Express and Connect call the next layer inside a try/catch of their
 * own (an error there goes to the error handlers), so calling `next` does not throw into the middleware.
 */
function isMiddlewareNext(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  for (let current: TSESTree.Node | undefined = call.parent; current; current = current.parent) {
    if (
      current.type !== AST_NODE_TYPES.FunctionDeclaration &&
      current.type !== AST_NODE_TYPES.FunctionExpression &&
      current.type !== AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      continue;
    }
    const [req, res, next] = current.params;
    if (next?.type === AST_NODE_TYPES.Identifier && next.name === callee.name) {
      return req?.type === AST_NODE_TYPES.Identifier && REQUEST_NAME.test(req.name) && res?.type === AST_NODE_TYPES.Identifier && RESPONSE_NAME.test(res.name);
    }
    // A parameter of an inner function of the same name shadows the middleware's `next`.
    if (current.params.some((param) => param.type === AST_NODE_TYPES.Identifier && param.name === callee.name)) return false;
  }
  return false;
}

/**
 * `rows.map((row) => row.id)`, `names.reduce((acc, name) => { … }, {})`: iteration whose inline callback has no throw
 * point; `reduce` only with an initial value (without one it throws on an empty array).
 */
function isSafeIteration(call: TSESTree.CallExpression, name: string): boolean {
  if (!ITERATION_METHODS.has(name) || (name === "reduce" && call.arguments.length < 2)) return false;
  const callback = call.arguments[0];
  if (callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback?.type !== AST_NODE_TYPES.FunctionExpression) return false;
  return !callback.async && !callback.generator && !functionHasThrowPoint(callback);
}

const functionVerdicts = new WeakMap<TSESTree.Node, boolean>();
const forgivingVerdicts = new WeakMap<TSESTree.Node, boolean>();

/**
 * Whether running `fn` (its parameters' defaults and its body) reaches a throw point that escapes it: a `throw`
 * statement, or a node isThrowPoint counts, outside the block of a `try` that has a `catch` (what the block throws,
 * the catch receives; the catch clause and the `finally` block are looked into). Nested functions are only defined,
 * not run, so they are not looked into (a callback of `map` is, through isThrowPoint of the `map` call). A class
 * declared inside counts as a throw point (its `extends` and static blocks run). Memoised per function node.
 * `forgiven` names throw points known not to throw after all (a helper of the same file read by
 * throw-free-helpers.ts); its verdicts are memoised apart, and it must give one answer per node.
 */
export function functionHasThrowPoint(fn: TSESTree.FunctionLike, forgiven?: (node: TSESTree.Node) => boolean): boolean {
  const verdicts = forgiven ? forgivingVerdicts : functionVerdicts;
  const known = verdicts.get(fn);
  if (known !== undefined) return known;
  const verdict = reachesThrowPoint([...fn.params, ...(fn.body ? [fn.body] : [])], forgiven);
  verdicts.set(fn, verdict);
  return verdict;
}

function reachesThrowPoint(roots: readonly TSESTree.Node[], forgiven: ((node: TSESTree.Node) => boolean) | undefined): boolean {
  return someNodeBelow(
    roots,
    (node) => {
      switch (node.type) {
        case AST_NODE_TYPES.FunctionExpression:
        case AST_NODE_TYPES.ArrowFunctionExpression:
        case AST_NODE_TYPES.FunctionDeclaration:
          return "skip";
        case AST_NODE_TYPES.ThrowStatement:
        case AST_NODE_TYPES.ClassDeclaration:
        case AST_NODE_TYPES.ClassExpression:
          return true;
        case AST_NODE_TYPES.TryStatement: {
          if (!node.handler) return false;
          const escaping = [node.handler, ...(node.finalizer ? [node.finalizer] : [])];
          return reachesThrowPoint(escaping, forgiven) ? true : "skip";
        }
        default:
          return isThrowPoint(node) && !(forgiven?.(node) ?? false);
      }
    },
    TYPE_KEYS,
  );
}

/** True for a node that may throw (or reject) once evaluated: a call other than logging or a timer, `new`, `await`. */
export function isThrowPoint(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression: {
      // Most calls are methods whose name settles it at once: look at the name before the receiver.
      const name = methodCall(node)?.name;
      if (name !== undefined && (LISTENER_METHODS.has(name) || SAFE_METHODS.has(name) || STORING_METHODS.has(name) || FUNCTION_WRAPPERS.has(name))) {
        return false;
      }
      if (name !== undefined && isSafeIteration(node, name)) return false;
      return (
        !isLoggingCall(node) &&
        !isTracingCall(node) &&
        !isTimerCall(node) &&
        !isPauseCall(node) &&
        !isSafeBuiltin(node) &&
        !isSubmission(node) &&
        !isMiddlewareNext(node) &&
        !isRandomUuidCall(node) &&
        !isLiteralRepeat(node) &&
        !isLiteralStringify(node) &&
        !isCurrentDateRead(node)
      );
    }
    case AST_NODE_TYPES.NewExpression:
      return !isSubmission(node) && !isErrorConstruction(node) && !isTimerPromise(node) && !isLiteralDate(node) && !isEmptyCollection(node);
    case AST_NODE_TYPES.AwaitExpression:
      // `await sleep(20)`: a timer's promise never rejects (pauses.ts).
      return !isPause(node.argument);
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return true;
    case AST_NODE_TYPES.ForOfStatement:
      // `for await (const row of rows)`: every step awaits the iterator's next(), which may reject.
      return node.await;
    case AST_NODE_TYPES.YieldExpression:
      // A generator driven by co (or resumed with .throw()) receives the rejection at its yield.
      return true;
    default:
      return false;
  }
}

/**
 * Where an exception thrown at `node` goes within its code path (`owner`): the `catch` clause or `finally` block
 * that receives it, or null when it leaves the function.
 */
export function exceptionTarget(
  node: TSESTree.Node,
  owner: TSESTree.Node,
): TSESTree.CatchClause | TSESTree.BlockStatement | null {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current && child !== owner) {
    if (current.type === AST_NODE_TYPES.TryStatement) {
      if (child === current.block) {
        if (current.handler) return current.handler;
        if (current.finalizer) return current.finalizer;
      } else if (child === current.handler && current.finalizer) {
        return current.finalizer;
      }
    }
    child = current;
    current = current.parent;
  }
  return null;
}

/**
 * The first throw point, in source order, of `statements` (outside nested functions), as the lifetime analysis counts
 * them (throw-points.ts: a call, `new` or `await`, but no logging, listener, timer…); an awaited one by what is
 * awaited; null if none.
 */
export function firstThrowPoint(statements: readonly TSESTree.Statement[]): TSESTree.Node | null {
  let first: TSESTree.Node | null = null;
  someNodeBelow(statements, (node) => {
    if (isFunction(node)) return "skip";
    if (!isThrowPoint(node)) return false;
    const at = node.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(node.argument) : node;
    if (!first || at.range[0] < first.range[0]) first = at;
    return false;
  });
  return first;
}
