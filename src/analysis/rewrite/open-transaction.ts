// A leaking client that is inside a transaction when the error comes is never seen again: the leak keeps the
// transaction's connection to itself. The withClient suggestion gives that client back — still inside the transaction,
// or in a failed one — and the next borrower's queries then run in it, or fail with "current transaction is aborted".
// So the suggestion is offered only when every BEGIN of the held code is guarded by a `try` that ends the transaction
// on an error: a `catch` that rolls back, or a `finally` that rolls back or commits; and when every way out of the held
// code after a BEGIN — a `return`, or falling off its end where no release stood — ends the transaction first (or
// released the client there: the original gave it back as it was, and so does the callback).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk } from "../ast-walk.js";
import { encloses, unwrapExpression } from "../node-shapes.js";
import { guardedReleaseCall } from "./manual-client-block.js";
import { writtenQueryText } from "../transaction-statements.js";
import { commandOfCall, isQueryOn, literalSql } from "./transaction-shape.js";

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

/** `c.query("BEGIN")`, `c.query("START TRANSACTION ISOLATION LEVEL SERIALIZABLE")`, `` c.query(`BEGIN; …${x}…`) ``… */
function opensTransaction(call: TSESTree.CallExpression, clientName: string): boolean {
  const command = commandOfCall(call, clientName);
  if (command === "begin") return true;
  if (command === "other-control") return OPENS.test(literalSql(call.arguments[0]) ?? "");
  // A template with placeholders opens one as surely as a plain "BEGIN": `` `BEGIN; SELECT
  // pg_advisory_xact_lock(${key}); …` `` (jacobpgn/apoq's migrate), and an error later in it leaves it open.
  return isQueryOn(call, clientName) && OPENS.test(writtenQueryText(call.arguments[0]) ?? "");
}

/**
 * The reason not to offer withClient for held code whose BEGIN an error, a `return`, or falling off its end could
 * leave open, or null. `releasedAtEnd`: the held code ends at a release on the straight path (falling off it gave the
 * client back in the original too).
 */
export function openTransactionReason(
  source: Source,
  span: readonly TSESTree.Statement[],
  clientName: string,
  releasedAtEnd: boolean,
): string | null {
  const top = span[0]?.parent;
  const begins: TSESTree.CallExpression[] = [];
  const returns: TSESTree.ReturnStatement[] = [];
  for (const statement of span) {
    let unguarded = false;
    walk(statement, source.visitorKeys, (node) => {
      if (unguarded || isFunction(node)) return false;
      if (node.type === AST_NODE_TYPES.ReturnStatement) returns.push(node);
      if (node.type === AST_NODE_TYPES.CallExpression && opensTransaction(node, clientName)) {
        begins.push(node);
        unguarded = !guarded(source, node, clientName, top);
      }
      return !unguarded;
    });
    if (unguarded) {
      return "an error after `BEGIN` would leave the transaction open, and withClient would give the client back inside it (end the transaction in a `catch` or `finally`, or use withTransaction)";
    }
  }
  for (const begin of begins) {
    const early = returns.find((exit) => exit.range[0] >= begin.range[1] && !endedBeforeExit(source, exit, begin, clientName, top));
    if (early) {
      const line = early.loc.start.line;
      return `the \`return\` on line ${line} leaves the transaction open, and withClient would give the client back inside it (send \`ROLLBACK\` or \`COMMIT\` before it)`;
    }
    const last = span.at(-1);
    const fallsOff = !releasedAtEnd && !exits(last);
    if (fallsOff && !endedBefore(source, span, span.length, begin, clientName)) {
      return "the held code can end with the transaction still open, and withClient would give the client back inside it (send `ROLLBACK` or `COMMIT` before its end)";
    }
  }
  return null;
}

/** A statement that never completes normally: every way through it ends in `return` or `throw`. */
function exits(statement: TSESTree.Node | null | undefined): boolean {
  switch (statement?.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return exits(statement.body.at(-1));
    case AST_NODE_TYPES.IfStatement:
      return exits(statement.consequent) && exits(statement.alternate);
    case AST_NODE_TYPES.TryStatement:
      return exits(statement.block) && (statement.handler === null || exits(statement.handler.body));
    default:
      return false;
  }
}

/**
 * A statement after which the transaction is over on the straight path: `await c.query("COMMIT")` /
 * `("ROLLBACK")`, a release (the original gave the client back there as it was), or a `try` whose `finally` ends the
 * transaction, or whose block and `catch` each end it or never complete (end in `return`/`throw`, whose own way
 * out is checked where it is).
 */
function endsOnCompletion(source: Source, statement: TSESTree.Node, clientName: string): boolean {
  if (guardedReleaseCall(statement, clientName) !== null) return true;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    const expression = unwrapExpression(statement.expression);
    const call = expression.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(expression.argument) : expression;
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const command = commandOfCall(call, clientName);
    return command === "commit" || command === "rollback";
  }
  if (statement.type !== AST_NODE_TYPES.TryStatement) return false;
  if (statement.finalizer && endsTransaction(source, statement.finalizer, clientName)) return true;
  const last = statement.block.body.at(-1);
  const handler = statement.handler?.body;
  const caught = !handler || exits(handler) || endsTransaction(source, handler, clientName);
  return caught && last !== undefined && (exits(last) || endsOnCompletion(source, last, clientName));
}

/**
 * Whether, going back from the `index`-th statement of `list`, a statement that ends the transaction comes before
 * the one that holds `begin`. Conservative: a BEGIN in an earlier branch, or an end only in a branch, is no end.
 */
function endedBefore(
  source: Source,
  list: readonly TSESTree.Node[],
  index: number,
  begin: TSESTree.Node,
  clientName: string,
): boolean | null {
  for (let i = index - 1; i >= 0; i -= 1) {
    const statement = list[i] as TSESTree.Node;
    if (endsOnCompletion(source, statement, clientName)) return true;
    if (encloses(statement, begin)) return false;
  }
  return null;
}

/** Whether the transaction `begin` opened is over when `exit` leaves the held code, on every path to it. */
function endedBeforeExit(
  source: Source,
  exit: TSESTree.Node,
  begin: TSESTree.Node,
  clientName: string,
  top: TSESTree.Node | undefined,
): boolean {
  // Leaving a try block or its catch of the held code runs its finally, after the BEGIN wherever that was (a finally
  // around the held code would run after withClient's release).
  for (let current: TSESTree.Node = exit, parent = exit.parent; parent && parent !== top; current = parent, parent = parent.parent) {
    const finalizer = parent.type === AST_NODE_TYPES.TryStatement ? parent.finalizer : null;
    if (finalizer && finalizer !== current) {
      if (endsTransaction(source, finalizer, clientName) || finalizer.body.some((s) => guardedReleaseCall(s, clientName))) return true;
    }
  }
  let current: TSESTree.Node = exit;
  for (let parent = current.parent; parent && !isFunction(parent); current = parent, parent = parent.parent) {
    const list =
      parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program
        ? parent.body
        : parent.type === AST_NODE_TYPES.SwitchCase
          ? parent.consequent
          : null;
    if (list) {
      const ended = endedBefore(source, list, list.indexOf(current as TSESTree.Statement), begin, clientName);
      if (ended !== null) return ended;
    }
  }
  return false;
}
