// A leaking client that is inside a transaction when the error comes is never seen again: the leak keeps the
// transaction's connection to itself. The withClient suggestion gives that client back — still inside the transaction,
// or in a failed one — and the next borrower's queries then run in it, or fail with "current transaction is aborted".
// So the suggestion is offered only when every BEGIN of the held code is guarded by a `try` that ends the transaction
// on an error: a `catch` that rolls back, or a `finally` that rolls back or commits.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk } from "../ast-walk.js";
import { methodCall, unwrapExpression } from "../node-shapes.js";
import { commandOfCall, literalSql } from "./transaction-shape.js";

type Source = Readonly<TSESLint.SourceCode>;

/** Whether `node` sends ROLLBACK or COMMIT on the client (outside nested functions, whose timing is their own). */
function endsTransaction(source: Source, node: TSESTree.Node, clientName: string): boolean {
  let found = false;
  walk(node, source.visitorKeys, (child) => {
    if (found || isFunction(child)) return false;
    if (child.type === AST_NODE_TYPES.CallExpression) {
      const command = commandOfCall(child, clientName);
      found = command === "rollback" || command === "commit";
    }
    return !found;
  });
  return found;
}

/** A `try` whose `catch` or `finally` ends the transaction: an error in its block does not leave it open. */
function closesOnError(source: Source, node: TSESTree.Node | undefined, clientName: string): boolean {
  if (node?.type !== AST_NODE_TYPES.TryStatement) return false;
  return (
    (node.handler !== null && endsTransaction(source, node.handler, clientName)) ||
    (node.finalizer !== null && endsTransaction(source, node.finalizer, clientName))
  );
}

/** A statement that cannot throw between BEGIN and the `try` that guards it: `let caught = false;`. */
function cannotThrow(statement: TSESTree.Node): boolean {
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  return statement.declarations.every(
    ({ id, init }) =>
      id.type === AST_NODE_TYPES.Identifier &&
      (init === null || init.type === AST_NODE_TYPES.Literal || init.type === AST_NODE_TYPES.Identifier),
  );
}

/** Whether an error after the BEGIN `call` meets a `try` that ends the transaction: BEGIN inside it, or right before it. */
function guarded(source: Source, call: TSESTree.Node, clientName: string, top: TSESTree.Node | undefined): boolean {
  let statement: TSESTree.Node | undefined;
  for (let current: TSESTree.Node = call; current.parent && current !== top; current = current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === current && closesOnError(source, parent, clientName)) {
      return true;
    }
    if (isFunction(parent)) return false;
    if (!statement && current.type.endsWith("Statement") && "body" in parent && Array.isArray(parent.body)) {
      statement = current;
      // `await c.query("BEGIN"); try { … } catch { ROLLBACK }`, with nothing that can throw in between.
      const siblings = parent.body as TSESTree.Node[];
      let next = siblings.indexOf(current) + 1;
      while (next < siblings.length && cannotThrow(siblings[next] as TSESTree.Node)) next += 1;
      if (closesOnError(source, siblings[next], clientName)) return true;
    }
  }
  return false;
}

const OPENS = /^\s*(?:BEGIN|START\s+TRANSACTION)\b/i;

/**
 * The text a template with placeholders starts with: `` ` BEGIN; SELECT pg_advisory_xact_lock(${key}); …` `` opens a
 * transaction as surely as a plain "BEGIN" (jacobpgn/apoq's migrate), and an error later in it leaves it open.
 */
function templateHead(node: TSESTree.Node | undefined): string | null {
  const value = node && unwrapExpression(node);
  return value?.type === AST_NODE_TYPES.TemplateLiteral ? (value.quasis[0]?.value.cooked ?? null) : null;
}

/** `c.query("BEGIN")`, `c.query("START TRANSACTION ISOLATION LEVEL SERIALIZABLE")`, `` c.query(`BEGIN; …${x}…`) ``… */
function opensTransaction(call: TSESTree.CallExpression, clientName: string): boolean {
  const command = commandOfCall(call, clientName);
  if (command === "begin") return true;
  if (command === "other-control") return OPENS.test(literalSql(call.arguments[0]) ?? "");
  const method = methodCall(call);
  if (method?.name !== "query" || method.object.type !== AST_NODE_TYPES.Identifier || method.object.name !== clientName) return false;
  return OPENS.test(templateHead(call.arguments[0]) ?? "");
}

/** The reason not to offer withClient for held code whose BEGIN an error could leave open, or null. */
export function openTransactionReason(source: Source, span: readonly TSESTree.Statement[], clientName: string): string | null {
  const top = span[0]?.parent;
  for (const statement of span) {
    let unguarded = false;
    walk(statement, source.visitorKeys, (node) => {
      if (unguarded || isFunction(node)) return false;
      if (node.type === AST_NODE_TYPES.CallExpression && opensTransaction(node, clientName)) {
        unguarded = !guarded(source, node, clientName, top);
      }
      return !unguarded;
    });
    if (unguarded) {
      return "an error after `BEGIN` would leave the transaction open, and withClient would give the client back inside it (end the transaction in a `catch` or `finally`, or use withTransaction)";
    }
  }
  return null;
}
