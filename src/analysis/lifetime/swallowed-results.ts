// A query result kept in a variable by `.then`, whose `.catch` only handles the error: `let data; await
// client.query(sql).then((r) => { data = r; }).catch((e) => console.log(e));` then `data.rows` (corpus:
// Cybertron-Avneesh/SWE-backend's createUser). The await does not throw — the `.catch` swallowed the rejection — but
// on that path `data` is still undefined, and reading `data.rows` throws a TypeError while the client is held. Only
// this shape is taken as certain: a `let` declared without a value, written nowhere but in the `.then` callback, and
// read (`data.x`, not `data?.x`) later in the same statement list, with no loop or function in between, so no
// earlier value can be there.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, isLoop } from "../ast-walk.js";
import { methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A read that throws when the `.catch` of `chain` swallowed the rejection. */
export interface SwallowedResultRead {
  /** The variable's identifier in the read, where the event is recorded. */
  identifier: TSESTree.Identifier;
  /** The read: `data.rows`. */
  node: TSESTree.MemberExpression;
}

/** `x.then(cb).catch(h)` awaited as a statement of its own: the `.then` callback, else null. */
function swallowingChain(statement: TSESTree.Statement): TSESTree.FunctionLike | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const awaited = unwrapExpression(statement.expression);
  if (awaited.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const caught = unwrapExpression(awaited.argument);
  if (caught.type !== AST_NODE_TYPES.CallExpression || methodCall(caught)?.name !== "catch" || caught.arguments.length !== 1) return null;
  const handler = caught.arguments[0]!;
  if (!isFunction(handler)) return null;
  const then = unwrapExpression(methodCall(caught)!.object);
  if (then.type !== AST_NODE_TYPES.CallExpression || methodCall(then)?.name !== "then" || then.arguments.length !== 1) return null;
  const callback = then.arguments[0]!;
  return isFunction(callback) ? callback : null;
}

/** The statement of `list` that holds `node`, when nothing between them is a function or a loop; else null. */
function statementIn(node: TSESTree.Node, list: TSESTree.BlockStatement | TSESTree.Program): TSESTree.Node | null {
  let child = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current === list) return child;
    if (isFunction(current) || isLoop(current)) return null;
  }
  return null;
}

/** The reads in `body` (a function's block, or the module) that throw when such a chain swallowed its rejection. */
export function swallowedResultReads(body: TSESTree.BlockStatement | TSESTree.Program, sourceCode: SourceCode): SwallowedResultRead[] {
  const found: SwallowedResultRead[] = [];
  for (const [index, statement] of body.body.entries()) {
    const callback = swallowingChain(statement);
    if (!callback) continue;
    for (const candidate of body.body.slice(0, index)) {
      if (candidate.type !== AST_NODE_TYPES.VariableDeclaration || candidate.kind !== "let") continue;
      for (const declarator of candidate.declarations) {
        if (declarator.init || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
        const variable = sourceCode.getDeclaredVariables(declarator)[0];
        if (!variable) continue;
        const references = variable.references;
        const writes = references.filter((reference) => reference.isWrite());
        // Written only in the `.then` callback, and at least there.
        const inCallback = (node: TSESTree.Node) => node.range[0] >= callback.range[0] && node.range[1] <= callback.range[1];
        if (writes.length === 0 || !writes.every((reference) => inCallback(reference.identifier))) continue;
        const read = references
          .map((reference) => reference.identifier as TSESTree.Identifier)
          .filter((identifier) => identifier.range[0] > statement.range[1])
          .sort((a, b) => a.range[0] - b.range[0])[0];
        const member = read ? parentSkippingWrappers(read) : undefined;
        if (!read || member?.type !== AST_NODE_TYPES.MemberExpression || member.optional || unwrapExpression(member.object) !== read) continue;
        const holder = statementIn(member, body);
        if (!holder || body.body.indexOf(holder as TSESTree.Statement) <= index) continue;
        found.push({ identifier: read, node: member });
      }
    }
  }
  return found;
}
