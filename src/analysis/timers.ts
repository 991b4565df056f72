// Timer registration (`setTimeout(fn, ms)`, `setInterval`, `setImmediate`, `queueMicrotask`, `process.nextTick`) and
// clearing. Two analyses care: registering a timer does not throw (so it is no throw point between an acquisition and
// its release), and a timer's callback runs later (so work it does on a held client is not awaited).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { methodCall, unwrapExpression } from "./node-shapes.js";

const TIMERS = new Set(["setTimeout", "setInterval", "setImmediate", "queueMicrotask"]);
const CLEARS = new Set(["clearTimeout", "clearInterval", "clearImmediate"]);
const TIMER_OWNERS = new Set(["globalThis", "window", "global", "timers"]);

/** The timer a call registers (`setTimeout`, `globalThis.setInterval`, `process.nextTick`…), or null. */
export function timerName(call: TSESTree.CallExpression): string | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return TIMERS.has(callee.name) ? callee.name : null;
  const method = methodCall(call);
  if (!method || method.object.type !== AST_NODE_TYPES.Identifier) return null;
  if (method.object.name === "process" && method.name === "nextTick") return "process.nextTick";
  return TIMER_OWNERS.has(method.object.name) && TIMERS.has(method.name) ? `${method.object.name}.${method.name}` : null;
}

/** Registering or clearing a timer: neither throws for any argument a program passes in practice. */
export function isTimerCall(call: TSESTree.CallExpression): boolean {
  if (timerName(call) !== null) return true;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return CLEARS.has(callee.name);
  const method = methodCall(call);
  return method !== null && method.object.type === AST_NODE_TYPES.Identifier && TIMER_OWNERS.has(method.object.name) && CLEARS.has(method.name);
}
