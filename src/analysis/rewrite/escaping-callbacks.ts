// A function of the held code that uses the client and runs after the block: a timer's or a listener's callback, a
// function stored in a field or a collection, or returned. Where the original never released the client on its
// straight path, such a function went on using a client nobody else could borrow. The leak suggestion would give
// that client back when the callback's promise settles, and the function would then query a client the pool has
// lent to someone else (a keep-alive `setInterval(() => client.query("SELECT 1"), …)`, a `bus.on("tick", …)`
// handler, `store.run = (sql) => client.query(sql)`). A function the held code runs before it ends — awaited, given
// to an awaited call or to an awaited or returned promise chain, or run at once by an array method — is no such
// function. A bound method (`bus.on("tick", client.query.bind(client, "SELECT 1"))`, or kept as `const q =
// client.query.bind(client)` and used by a timer) is such a function too, though no function node is written.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk } from "../ast-walk.js";
import { methodCall, unwrapExpression } from "../node-shapes.js";
import { ARRAY_ITERATIONS } from "../lifetime/per-item-releases.js";

type Source = Readonly<TSESLint.SourceCode>;
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/** Array methods that call their callback before they return: the iterations, and the rest that do. */
const RUN_AT_ONCE = new Set([...ARRAY_ITERATIONS, "reduceRight", "findLast", "findLastIndex", "sort", "toSorted"]);

/** Whether `within` reads one of the variables `names` (a property key or member name is not a read). */
function readsName(source: Source, within: TSESTree.Node, names: ReadonlySet<string>): boolean {
  let found = false;
  walk(within, source.visitorKeys, (node) => {
    if (found) return false;
    if (node.type !== AST_NODE_TYPES.Identifier || !names.has(node.name)) return true;
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) return true;
    if (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed && !parent.shorthand) return true;
    found = true;
    return false;
  });
  return found;
}

/**
 * Whether the held code is done with `fn` by the time its statement ends: the value it is part of — through calls it
 * is an argument or the callee of, and the promise chains on them — is awaited, or returned (withClient awaits the
 * callback's result); or an array method runs it at once.
 */
function runsWithinBlock(fn: FunctionNode): boolean {
  return (!fn.async && !fn.generator && runAtOnce(fn)) || settlesWithinBlock(fn, false);
}

/** Whether `value` is a callback an array method calls before it returns. */
function runAtOnce(value: TSESTree.Node): boolean {
  const parent = value.parent;
  return (
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments.includes(value as TSESTree.CallExpressionArgument) &&
    RUN_AT_ONCE.has(methodCall(parent)?.name ?? "")
  );
}

/** `f.bind(…)`: a function value, as an arrow is. */
function isBind(node: TSESTree.Node): node is TSESTree.CallExpression {
  return node.type === AST_NODE_TYPES.CallExpression && methodCall(node)?.name === "bind";
}

/** A bound function (or a name for one) is done with when called at once, run by an array method, or awaited. */
function boundRunsWithinBlock(value: TSESTree.Node): boolean {
  return runAtOnce(value) || settlesWithinBlock(value, false);
}

/**
 * The names that stand for the client in the held code: its own, a plain alias (`const c = client`), and, in
 * `bound`, those of bound functions that reach it (`const q = client.query.bind(client)`).
 */
function clientNames(source: Source, span: readonly TSESTree.Statement[], clientName: string) {
  const names = new Set([clientName]);
  const bound = new Set<string>();
  const declarators: TSESTree.VariableDeclarator[] = [];
  for (const statement of span) {
    walk(statement, source.visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier && node.init) {
        declarators.push(node);
      }
      return true;
    });
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const declarator of declarators) {
      const name = (declarator.id as TSESTree.Identifier).name;
      if (names.has(name)) continue;
      const init = unwrapExpression(declarator.init as TSESTree.Expression);
      const alias = init.type === AST_NODE_TYPES.Identifier && names.has(init.name);
      const boundFunction = isBind(init) && readsName(source, init, names);
      if (!alias && !boundFunction) continue;
      names.add(name);
      if (boundFunction || (alias && bound.has((init as TSESTree.Identifier).name))) bound.add(name);
      grew = true;
    }
  }
  return { names, bound };
}

/** Whether the value `node` is part of is awaited, or returned after passing through a call (see runsWithinBlock). */
function settlesWithinBlock(node: TSESTree.Node, throughCall: boolean): boolean {
  let passedToCall = throughCall;
  for (let child: TSESTree.Node = node, current = node.parent; current; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.AwaitExpression:
        return true;
      case AST_NODE_TYPES.ReturnStatement:
        return passedToCall;
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        passedToCall = true;
        break;
      case AST_NODE_TYPES.MemberExpression:
        // `promise.then(…)`: on with the chain; a member read of anything else ends it.
        if (current.object !== child) return false;
        break;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        break;
      default:
        return false;
    }
  }
  return false;
}

/**
 * A function declared in the held code runs within it when every use of its name is a call that does (a plain
 * function called runs at once; an async one's call must be awaited or returned); passed or stored as a value, it
 * may run later.
 */
function declarationRunsWithinBlock(source: Source, fn: TSESTree.FunctionDeclaration): boolean {
  const variable = source.getDeclaredVariables(fn).find((candidate) => candidate.name === fn.id?.name);
  if (!variable) return false;
  for (const reference of variable.references) {
    const use = reference.identifier;
    if (use.range[0] >= fn.range[0] && use.range[1] <= fn.range[1]) continue;
    const call = use.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== use) return false;
    if ((fn.async || fn.generator) && !settlesWithinBlock(call, true)) return false;
  }
  return true;
}

/** A read of a bound function's name that hands the function on (`bus.on("tick", q)`) rather than calling it. */
function boundValueEscapes(use: TSESTree.Identifier): boolean {
  const parent = use.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === use) return false;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === use) return false;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === use && !parent.computed) return false;
  if (parent?.type === AST_NODE_TYPES.Property && parent.key === use && !parent.computed && !parent.shorthand) return false;
  return !boundRunsWithinBlock(use);
}

/**
 * Why the suggestion must not give back a client the held code never released on its straight path: a function
 * there that uses the client outlives the block. Null when there is none.
 */
export function escapingCallbackReason(source: Source, span: readonly TSESTree.Statement[], clientName: string): string | null {
  const { names, bound } = clientNames(source, span, clientName);
  let escaping = false;
  for (const statement of span) {
    walk(statement, source.visitorKeys, (node) => {
      if (escaping) return false;
      if (isBind(node)) {
        // Kept under a name, the bound function is judged by that name's uses.
        const keptAs = node.parent?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.init === node ? node.parent.id : null;
        const kept = keptAs?.type === AST_NODE_TYPES.Identifier && bound.has(keptAs.name);
        if (!kept && !boundRunsWithinBlock(node) && readsName(source, node, names)) escaping = true;
        return !escaping;
      }
      if (node.type === AST_NODE_TYPES.Identifier && bound.has(node.name) && boundValueEscapes(node)) {
        escaping = true;
        return false;
      }
      if (!isFunction(node)) return true;
      const fn = node as FunctionNode;
      const runs = fn.type === AST_NODE_TYPES.FunctionDeclaration ? declarationRunsWithinBlock(source, fn) : runsWithinBlock(fn);
      if (!runs && readsName(source, fn, names)) escaping = true;
      return false;
    });
    if (escaping) break;
  }
  if (!escaping) return null;
  return `a function that uses \`${clientName}\` outlives the block (a timer's or a listener's callback, a function stored or returned), and withClient would give the client back before it runs`;
}
