// A function of the file is called through more than its name: `(0, load)(id)` (a sequence, to drop `this`),
// `load.call(self, id)`, `load.apply(self, [id])`, `load.bind(self)(id)` or `load.bind(self, id)()`, and the TS
// wrappers `(load as any)(id)`, `load!(id)`. The roads of returned-async-calls.ts and carried-promises.ts follow a call
// to the function it runs and a function's parameter to the arguments its calls hand it; both read the calls through
// these wrappers here (rewrite-x's probes: each one a promise the callback would have waited on, unseen).
// rewrite-y's: `Reflect.apply(load, self, [id])`; a bound function kept and called later (`const keep =
// remember.bind(null); keep(x)`); a function handed to a call (`list.forEach(remember)`, `.map(remember)`,
// `Reflect.apply(remember, self, [x])`), whose parameters may receive the call's receiver and its other arguments.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isExpressionWrapper, memberPropertyName, unwrapExpression } from "../node-shapes.js";
import { laterCalls } from "./escaped-functions.js";

const FORWARDERS = new Set(["call", "apply", "bind"]);

/** The function member `member` forwards to (`load` of `load.call`), when it is `.call`, `.apply` or `.bind`. */
function forwarded(member: TSESTree.Node): TSESTree.Node | null {
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.computed) return null;
  const name = memberPropertyName(member);
  return name !== null && FORWARDERS.has(name) ? member.object : null;
}

/**
 * The function a callee runs, past sequences (`(0, load)`), `.call`/`.apply` (`load.call`), a `.bind(…)` call
 * (`load.bind(self)`) and TS wrappers; null when the callee is not so wrapped (read it as it is).
 */
export function wrappedCallee(callee: TSESTree.Node): TSESTree.Node | null {
  let current = unwrapExpression(callee);
  let unwrapped = false;
  for (;;) {
    const inner = current.type === AST_NODE_TYPES.CallExpression ? unwrapExpression(current.callee) : null;
    if (current.type === AST_NODE_TYPES.SequenceExpression) current = current.expressions.at(-1)!;
    else if (forwarded(current)) current = forwarded(current)!;
    else if (inner?.type === AST_NODE_TYPES.MemberExpression && !inner.computed && memberPropertyName(inner) === "bind") current = inner.object;
    else return unwrapped ? current : null;
    current = unwrapExpression(current);
    unwrapped = true;
  }
}

/** The function `Reflect.apply(load, self, [id])` runs (`load`), through TS wrappers; null for any other call. */
export function reflectApplied(call: TSESTree.CallExpression): TSESTree.Node | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "apply") return null;
  const object = unwrapExpression(callee.object);
  const first = call.arguments[0];
  return object.type === AST_NODE_TYPES.Identifier && object.name === "Reflect" && first && first.type !== AST_NODE_TYPES.SpreadElement ? unwrapExpression(first) : null;
}

/** The node that holds `node` in place of it through TS wrappers and as a sequence's last part, and that node. */
function outerOf(node: TSESTree.Node): { outer: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let outer = node;
  for (;;) {
    const parent = outer.parent;
    if (parent && isExpressionWrapper(parent) && parent.expression === outer) outer = parent;
    else if (parent?.type === AST_NODE_TYPES.SequenceExpression && parent.expressions.at(-1) === outer) outer = parent;
    else return { outer, parent };
  }
}

/** The call whose callee `node` is, through wrappers, or null. */
function calledAs(node: TSESTree.Node): TSESTree.CallExpression | null {
  const { outer, parent } = outerOf(node);
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === outer ? parent : null;
}

export interface HandedArguments {
  /** The arguments in the order the function's parameters receive them. */
  values: TSESTree.CallExpressionArgument[];
  /** Whether a value's place is not known (`apply`'s array, a spread): each of them may reach any parameter. */
  unplaced: boolean;
  /** Where the function's value escapes to calls not followed (escaped-functions.ts): any value may reach it. */
  escaped?: TSESTree.Node;
}

/**
 * The arguments a call hands the function `node` denotes (a reference to it: `remember`, `keeper.keep`) when the
 * call runs it directly or through a wrapper — `remember(x)`, `(0, remember)(x)`, `remember.call(self, x)`,
 * `remember.apply(self, [x])`, `remember.bind(self)(x)`, `(remember as any)(x)`; null when `node` is not called so.
 */
export function handedArguments(node: TSESTree.Node): HandedArguments | null {
  const direct = calledAs(node);
  if (direct) return placedArguments(direct.arguments);
  const { outer, parent } = outerOf(node);
  // Handed to a call (`list.forEach(remember)`, `Reflect.apply(remember, self, [x])`): the call may hand it its
  // receiver's parts or any of its other arguments, in any place (rewrite-y).
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== outer && parent.arguments.includes(outer as TSESTree.CallExpressionArgument)) {
    const callee = unwrapExpression(parent.callee);
    const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? [callee.object as TSESTree.Expression] : [];
    return { values: [...receiver, ...parent.arguments.filter((argument) => argument !== outer)], unplaced: true };
  }
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outer || forwarded(parent) === null) return null;
  const call = calledAs(parent);
  if (!call) return null;
  const name = memberPropertyName(parent);
  if (name === "call") return placedArguments(call.arguments.slice(1));
  if (name === "apply") return { values: call.arguments.slice(1), unplaced: true };
  // `bind`: its own arguments after `this` come first, then those of the bound function's calls.
  const bound = calledAs(call);
  return placedArguments([...call.arguments.slice(1), ...(bound?.arguments ?? [])]);
}

/**
 * handedArguments, and for a bound function kept in a `const` (`const keep = remember.bind(null, a)`) the arguments
 * of each call of that `const` too (`keep(x)`), after the bound ones (rewrite-y); for the function itself, the calls
 * where its value is kept or listed and read back (escaped-functions.ts: `const [k] = [remember]`, `cond ? remember :
 * other`, `{ k: remember }`), and an entry with `escaped` where it leaves unfollowed (rewrite-30).
 */
export function handedArgumentsAll(source: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth = 0): HandedArguments[] {
  const handed = handedArguments(node);
  const { outer, parent } = outerOf(node);
  const bind = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer && memberPropertyName(parent) === "bind" ? calledAs(parent) : null;
  if (bind) return [...(handed ? [handed] : []), ...keptCalls(source, bind).map((args) => placedArguments([...bind.arguments.slice(1), ...args]))];
  const later = laterCalls<HandedArguments>(source, node, (reached, deeper) => ({ calls: handedArgumentsAll(source, reached, deeper), escape: null }), depth);
  const escaped: HandedArguments[] = later.escape ? [{ values: [], unplaced: true, escaped: later.escape }] : [];
  return [...(handed ? [handed] : []), ...later.calls, ...escaped];
}

/** The arguments of each direct call of the `const` `node` is kept in (`const keep = f.bind(x); keep(a)`, `const keep = f`). */
export function keptCalls(source: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.CallExpressionArgument[][] {
  const { outer, parent } = outerOf(node);
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== outer || parent.id.type !== AST_NODE_TYPES.Identifier) return [];
  const kept = source.getDeclaredVariables(parent).find((variable) => variable.defs.length === 1);
  return (kept?.references ?? []).flatMap((reference) => {
    const call = calledAs(reference.identifier);
    return call ? [call.arguments] : [];
  });
}

/** Arguments in their parameters' places, unless a spread leaves their places unknown. */
export function placedArguments(values: TSESTree.CallExpressionArgument[]): HandedArguments {
  return { values, unplaced: values.some((value) => value.type === AST_NODE_TYPES.SpreadElement) };
}
