// Releases bound to an event: `stream.on("end", done)`, `query.on("end", () => client.release())`. A listener runs
// at some later time, so the analysis takes the registration as the release — right for events that come on every
// outcome, wrong for 'end' and 'finish': a stream that fails emits 'error' (then 'close') and never 'end', and the
// client bound to it never goes back. A release bound to 'error' or 'close' as well is safe.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, methodCall, parentSkippingWrappers } from "../node-shapes.js";

const LISTEN_METHODS = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
/** Events a failing stream (or query, or response) never emits. */
const SUCCESS_ONLY_EVENTS = new Set(["end", "finish"]);

/** `x.on("end", listener)`: the registration and its event, when `listener` is the registered function. */
export interface EventBinding {
  registration: TSESTree.CallExpression;
  /** `x`, the emitter. */
  emitter: TSESTree.Node;
  event: string;
}

export function eventBinding(listener: TSESTree.Node): EventBinding | null {
  const call = listener.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== listener) return null;
  const method = methodCall(call);
  const name = call.arguments[0];
  if (!method || !LISTEN_METHODS.has(method.name) || name?.type !== AST_NODE_TYPES.Literal || typeof name.value !== "string") {
    return null;
  }
  return { registration: call, emitter: chainedEmitter(method.object), event: name.value };
}

/** `query.on("row", …).on("error", …)`: a registration returns its emitter, so the chain's emitter is `query`. */
function chainedEmitter(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const method = current.type === AST_NODE_TYPES.CallExpression ? methodCall(current) : null;
    if (!method || !LISTEN_METHODS.has(method.name)) return current;
    current = method.object;
  }
}

/** The variable naming a function (`const finish = () => done()`), or null for an inline one. */
export type FunctionName = (fn: TSESTree.Node) => TSESLint.Scope.Variable | null;

/**
 * What a releasing reference registers as listeners: the innermost function between it and the owner that is
 * registered as one — the release may sit in continuations of other calls first (`createStream(client, (err,
 * stream) => { stream.on("finish", () => done()) })`, totaljs/node-sqlagent's large-object writes) — else the
 * outermost (`nested[0]`); a named function stands for every place its name is used (`stream.on("end", finish)`).
 * With no function in between, the reference itself — `done`, or `client.release` — when it is passed as one.
 */
function listenersOf(identifier: TSESTree.Identifier, nested: readonly TSESTree.Node[], nameOf: FunctionName): TSESTree.Node[] {
  const usesOf = (fn: TSESTree.Node) => {
    const uses = nameOf(fn)?.references.filter((reference) => !reference.init).map((reference) => reference.identifier) ?? [];
    return uses.length > 0 ? uses : [fn];
  };
  for (let index = nested.length - 1; index > 0; index--) {
    const uses = usesOf(nested[index]!);
    if (uses.some((use) => eventBinding(use) !== null)) return uses;
  }
  const outer = nested[0];
  if (outer) return usesOf(outer);
  const parent = parentSkippingWrappers(identifier);
  if (parent?.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(parent) === "release") return [parent];
  return [identifier];
}

/**
 * When every release (or hand-over of `done`) of a client is a listener of 'end' or 'finish': the first such
 * binding. Null when some release is not bound to an event, or one is bound to any other event ('error', 'close').
 */
export function successOnlyRelease(
  releasing: ReadonlyArray<{ identifier: TSESTree.Identifier; nested: readonly TSESTree.Node[] }>,
  nameOf: FunctionName,
): EventBinding | null {
  let first: EventBinding | null = null;
  for (const { identifier, nested } of releasing) {
    for (const listener of listenersOf(identifier, nested, nameOf)) {
      const binding = eventBinding(listener);
      if (!binding || !SUCCESS_ONLY_EVENTS.has(binding.event)) return null;
      if (!first || binding.registration.range[0] < first.registration.range[0]) first = binding;
    }
  }
  return first;
}
