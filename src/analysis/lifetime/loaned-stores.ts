// A store of the client on the request the function was called with (`event.locals = { dbconn }`, `ctx.db = client`)
// lends it to the handlers downstream; it hands nothing over when the function itself releases the client later, as a
// statement of the same block: `const response = await resolve(event); dbconn.release();` (a SvelteKit `handle` hook,
// a Koa middleware around `await next()`). The release is the function's own, so what may throw between the store and
// it strands the client. Only that visible shape is read: the store an assignment statement whose target's root is a
// parameter of the function (or a name its first parameter's pattern binds), the client its right side or a value of
// an object literal there, and a later statement of the same block `client.release()`. A release anywhere else (a
// catch, a branch, a listener, a callback) keeps the store a hand-over.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunctionNode, memberChainRoot, methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

/** Whether `identifier` (a reference to the client) is stored on a parameter of `owner` that `owner` releases later. */
export function lentUntilOwnRelease(identifier: TSESTree.Identifier, owner: TSESTree.Node): boolean {
  if (!isFunctionNode(owner)) return false;
  const assignment = storingAssignment(identifier);
  if (!assignment) return false;
  const statement = assignment.parent;
  const block = statement?.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  const root = memberRoot(assignment.left);
  if (!root || !parameterNames(owner).has(root.name)) return false;
  const later = block.body.slice(block.body.indexOf(statement) + 1);
  return later.some((next) => isReleaseStatement(next, identifier.name));
}

/**
 * The assignment `x.y = client` or `x.y = { …, client, … }` whose right side holds `identifier`, TS wrappers and
 * parentheses seen through (`(ctx as any).db = client satisfies object`); null otherwise.
 */
function storingAssignment(identifier: TSESTree.Identifier): TSESTree.AssignmentExpression | null {
  let value: TSESTree.Node = identifier;
  const property = parentSkippingWrappers(identifier);
  if (
    property?.type === AST_NODE_TYPES.Property &&
    unwrapExpression(property.value) === identifier &&
    property.parent?.type === AST_NODE_TYPES.ObjectExpression
  ) {
    value = property.parent;
  }
  const assignment = parentSkippingWrappers(value);
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=" || unwrapExpression(assignment.right) !== value) {
    return null;
  }
  return unwrapExpression(assignment.left).type === AST_NODE_TYPES.MemberExpression ? assignment : null;
}

/** `a` of `a.b.c`; null when the chain starts elsewhere (`this`, a call). */
function memberRoot(node: TSESTree.Node): TSESTree.Identifier | null {
  const root = memberChainRoot(node);
  return root.type === AST_NODE_TYPES.Identifier ? root : null;
}

/** The names the function's parameters bind: plain parameters and the properties its first parameter destructures. */
export function parameterNames(owner: TSESTree.FunctionLike): Set<string> {
  const names = new Set<string>();
  owner.params.forEach((param, index) => {
    if (param.type === AST_NODE_TYPES.Identifier) names.add(param.name);
    if (index !== 0 || param.type !== AST_NODE_TYPES.ObjectPattern) return;
    for (const property of param.properties) {
      if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) names.add(property.value.name);
    }
  });
  return names;
}

/** `client.release();` as a statement. */
function isReleaseStatement(statement: TSESTree.Statement, client: string): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const call = unwrapExpression(statement.expression);
  const method = call.type === AST_NODE_TYPES.CallExpression ? methodCall(call) : null;
  return method?.name === "release" && method.object.type === AST_NODE_TYPES.Identifier && method.object.name === client;
}
