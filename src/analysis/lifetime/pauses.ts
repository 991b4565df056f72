// A pause: `await sleep(ms)`, `await delay(ms)`, `await new Promise((resolve) => setTimeout(resolve, ms))`. A timer's
// promise resolves when the timer fires and never rejects, so neither the call nor its `await` is a throw point (a
// test that holds a client across `await sleep(20)` before releasing it cannot lose it there). The helper is judged by
// its conventional name — it is usually imported (`import { sleep } from "./helpers"`) — and only when it is given a
// duration, not a function or an options object.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { methodCall, unwrapExpression } from "../node-shapes.js";
import { timerName } from "../timers.js";

const PAUSE_NAMES = new Set(["sleep", "delay"]);

/** `sleep(ms)`, `delay(ms)`, `utils.sleep(ms)`, `setTimeout(ms)` of node:timers/promises is not covered: it takes a value. */
export function isPauseCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : methodCall(call)?.name;
  if (name === undefined || !PAUSE_NAMES.has(name) || call.arguments.length !== 1) return false;
  const argument = unwrapExpression(call.arguments[0]!);
  return (
    argument.type === AST_NODE_TYPES.Literal ||
    argument.type === AST_NODE_TYPES.Identifier ||
    argument.type === AST_NODE_TYPES.MemberExpression ||
    argument.type === AST_NODE_TYPES.BinaryExpression
  );
}

/** `new Promise((resolve) => setTimeout(resolve, ms))` (also `r => { setTimeout(r, ms); }`). */
export function isTimerPromise(node: TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "Promise" || node.arguments.length !== 1) return false;
  const executor = node.arguments[0]!;
  if (executor.type !== AST_NODE_TYPES.ArrowFunctionExpression && executor.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const [resolve] = executor.params;
  if (executor.params.length !== 1 || resolve?.type !== AST_NODE_TYPES.Identifier) return false;
  let body: TSESTree.Node = executor.body;
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    const [only] = body.body;
    if (body.body.length !== 1 || only?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    body = only.expression;
  }
  body = unwrapExpression(body);
  if (body.type !== AST_NODE_TYPES.CallExpression || timerName(body) !== "setTimeout") return false;
  const first = body.arguments[0];
  return first?.type === AST_NODE_TYPES.Identifier && first.name === resolve.name;
}

/** The awaited expression is a pause: `sleep(ms)`, `delay(ms)` or a timer's promise. */
export function isPause(awaited: TSESTree.Node): boolean {
  const expression = unwrapExpression(awaited);
  if (expression.type === AST_NODE_TYPES.CallExpression) return isPauseCall(expression);
  return expression.type === AST_NODE_TYPES.NewExpression && isTimerPromise(expression);
}
