// The parameters a function of another module only borrows: an options object whose properties it reads, tests and
// passes on to ordinary calls, and never returns, stores, releases or gives to a function of its own module.
// dcSpark/carp's `dexLastPrice(request)` reads `request.assetPairs`, switches on `request.type` and passes
// `request.dbTx` to a query's `run(…)`; a caller that checks a client out straight into that object
// (`dexLastPrice({ dbTx: await pool.connect(), … })`) keeps the duty to release it, and cannot: the client has no name
// there. By DESIGN.md an ordinary call is no transfer, so such a client leaks. Anything this reading does not
// recognise (the object or a property kept, returned, spread, put in another object, released, handed to the
// module's own function, a shadowing name, a destructured parameter) answers "not borrowed": the object literal
// stays the hand-over it was taken for (a context, a session, `drizzle({ client })`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, isNode } from "../ast-walk.js";
import { isExpressionWrapper, memberPropertyName } from "../node-shapes.js";

/** Keys of a node that hold no child to visit. */
const SKIPPED_KEYS: ReadonlySet<string> = new Set(["parent", "loc", "range", "tokens", "comments", "typeAnnotation", "returnType", "typeParameters"]);

/** Calls `visit(node, parent)` for every node below `root`; a module read from disk may have no `parent` links. */
function eachNode(root: TSESTree.Node, visit: (node: TSESTree.Node, parents: readonly TSESTree.Node[]) => void): void {
  const parents: TSESTree.Node[] = [];
  const enter = (node: TSESTree.Node): void => {
    visit(node, parents);
    parents.push(node);
    for (const [key, value] of Object.entries(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) enter(item);
      } else if (isNode(value)) {
        enter(value);
      }
    }
    parents.pop();
  };
  enter(root);
}

/** The node above `child`, whose ancestors from the root are `parents`, skipping TS wrappers and `?.` chains. */
function above(parents: readonly TSESTree.Node[], child: TSESTree.Node): { node: TSESTree.Node | undefined; child: TSESTree.Node; depth: number } {
  let depth = parents.length - 1;
  let current = child;
  while (depth >= 0 && isExpressionWrapper(parents[depth]!)) {
    current = parents[depth]!;
    depth -= 1;
  }
  return { node: parents[depth], child: current, depth };
}

/** Whether `p.x`, read at the top of `parents`, stays in this function: read further, tested, or given to a call. */
function readOnly(member: TSESTree.Node, parents: readonly TSESTree.Node[], ownFunctions: ReadonlySet<string>): boolean {
  const { node: user, child } = above(parents, member);
  if (!user) return false;
  switch (user.type) {
    case AST_NODE_TYPES.MemberExpression:
      // `p.x.length`, `p.x.map(…)`, `p.client.query(…)` — but not `p.client.release()`.
      return user.object === child && memberPropertyName(user) !== "release";
    case AST_NODE_TYPES.CallExpression: {
      if (user.callee === child) return true;
      // An ordinary call borrows it; a function of this module (or one it imports) might keep or release it.
      const callee = user.callee;
      return callee.type !== AST_NODE_TYPES.Identifier || !ownFunctions.has(callee.name);
    }
    case AST_NODE_TYPES.SwitchStatement:
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.UnaryExpression:
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return user.test === child;
    default:
      return false;
  }
}

/** Whether parameter `name` is only borrowed in `body`: every use of it is a property read that stays here. */
function onlyBorrowed(name: string, fn: TSESTree.FunctionLike, ownFunctions: ReadonlySet<string>): boolean {
  if (!fn.body) return false;
  let borrowed = true;
  eachNode(fn.body, (node, parents) => {
    if (!borrowed || node.type !== AST_NODE_TYPES.Identifier || node.name !== name) return;
    const parent = parents[parents.length - 1];
    // A property's name (`x.p`, `{ p: 1 }`), not the parameter.
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) return;
    if (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed && !parent.shorthand) return;
    // A nested function or declaration that names it too: give up rather than follow scopes.
    if (parent && (isFunction(parent) || parent.type === AST_NODE_TYPES.VariableDeclarator)) {
      borrowed = false;
      return;
    }
    const { node: member, child, depth } = above(parents, node);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== child || member.computed) {
      borrowed = false;
      return;
    }
    if (memberPropertyName(member) === "release" || !readOnly(member, parents.slice(0, depth), ownFunctions)) borrowed = false;
  });
  return borrowed;
}

/**
 * The indexes of `fn`'s plain parameters it only borrows. `ownFunctions`: the names of the module's top-level
 * functions and of what it imports from local modules (a call of one might keep the property).
 */
export function borrowedParameters(fn: TSESTree.FunctionLike, ownFunctions: ReadonlySet<string>): Set<number> {
  const borrowed = new Set<number>();
  fn.params.forEach((param, index) => {
    if (param.type === AST_NODE_TYPES.Identifier && onlyBorrowed(param.name, fn, ownFunctions)) borrowed.add(index);
  });
  return borrowed;
}
