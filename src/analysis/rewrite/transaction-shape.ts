// Recognises a manual transaction that withTransaction expresses exactly: BEGIN first, COMMIT last (optionally
// followed by a `return` of an already computed value), and a catch that only rolls back and rethrows.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { methodCall, unwrapExpression } from "../node-shapes.js";
import { isFunction, walk, type VisitorKeys } from "../ast-walk.js";

export type TransactionCommand = "begin" | "commit" | "rollback";

/** What withTransaction takes over: the statements the rewrite drops from the body. */
export interface TransactionShape {
  begin: TSESTree.Statement;
  commit: TSESTree.Statement;
}

const BEGIN = /^(?:BEGIN|START\s+TRANSACTION)(?:\s+(?:TRANSACTION|WORK))?$/i;
const COMMIT = /^(?:COMMIT|END)(?:\s+(?:TRANSACTION|WORK))?$/i;
const ROLLBACK = /^ROLLBACK(?:\s+(?:TRANSACTION|WORK))?$/i;

/** The SQL text of a literal argument (`"BEGIN"`, `` `COMMIT;` ``), trimmed, without a trailing `;`. */
export function literalSql(node: TSESTree.Node | undefined): string | null {
  if (!node) return null;
  const value = unwrapExpression(node);
  let text: string | null = null;
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === "string") text = value.value;
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) {
    text = value.quasis[0]?.value.cooked ?? null;
  }
  if (text === null) return null;
  return text.trim().replace(/;$/, "").trim().replace(/\s+/g, " ");
}

/** `name.query(…)`: the call sends a query on the client held in the variable `clientName`. */
export function isQueryOn(call: TSESTree.CallExpression, clientName: string): boolean {
  const method = methodCall(call);
  return method?.name === "query" && method.object.type === AST_NODE_TYPES.Identifier && method.object.name === clientName;
}

/** The transaction command sent by `c.query("…")` in this call, if it is one BEGIN/COMMIT/ROLLBACK uses. */
export function commandOfCall(call: TSESTree.CallExpression, clientName: string): TransactionCommand | "other-control" | null {
  if (!isQueryOn(call, clientName)) return null;
  const sql = literalSql(call.arguments[0]);
  if (sql === null) return null;
  if (call.arguments.length === 1) {
    if (BEGIN.test(sql)) return "begin";
    if (COMMIT.test(sql)) return "commit";
    if (ROLLBACK.test(sql)) return "rollback";
  }
  // BEGIN ISOLATION LEVEL …, PREPARE TRANSACTION …: the helper's plain BEGIN/COMMIT would not say the same thing.
  if (/^(?:BEGIN|START|COMMIT|END|ROLLBACK(?!\s+TO\b)|PREPARE\s+TRANSACTION)\b/i.test(sql)) return "other-control";
  return null;
}

/** `await c.query("BEGIN");` as a statement → "begin"; null for anything else. */
function commandOfStatement(statement: TSESTree.Node | undefined, clientName: string): TransactionCommand | null {
  if (!statement || statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const expression = statement.expression;
  if (expression.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const call = unwrapExpression(expression.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const command = commandOfCall(call, clientName);
  return command === "other-control" ? null : command;
}

/**
 * The names the try block declares from `await c.query(…)` at its top level: a result (`const result = …`), which is
 * never null, and its rows (`const { rows } = …`), always an array.
 */
function queryResultNames(statements: readonly TSESTree.Node[], clientName: string): { results: Set<string>; rows: Set<string> } {
  const results = new Set<string>();
  const rows = new Set<string>();
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== "const") continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init && unwrapExpression(declarator.init);
      if (init?.type !== AST_NODE_TYPES.AwaitExpression) continue;
      const call = unwrapExpression(init.argument);
      const method = call.type === AST_NODE_TYPES.CallExpression ? methodCall(call) : null;
      if (method?.name !== "query" || method.object.type !== AST_NODE_TYPES.Identifier || method.object.name !== clientName) continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) results.add(declarator.id.name);
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      for (const property of declarator.id.properties) {
        if (
          property.type === AST_NODE_TYPES.Property &&
          !property.computed &&
          property.key.type === AST_NODE_TYPES.Identifier &&
          property.key.name === "rows" &&
          property.value.type === AST_NODE_TYPES.Identifier
        ) {
          rows.add(property.value.name);
        }
      }
    }
  }
  return { results, rows };
}

/** Whether reading a property of `node` cannot throw: it is a query result, its rows, or `result.rows`. */
function neverNullish(node: TSESTree.Node, known: ReturnType<typeof queryResultNames>): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return known.results.has(node.name) || known.rows.has(node.name);
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === "rows" &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    known.results.has(node.object.name)
  );
}

/**
 * An expression that computes nothing and cannot throw: moving it before COMMIT cannot change what it yields. A
 * property read counts only on a value that is never null (`rows[0]`, `result.rows`): `rows[0].id` throws when no
 * row came back, and before COMMIT that error would roll back what the original had committed.
 */
function isInert(node: TSESTree.Node, clientName: string, known: ReturnType<typeof queryResultNames>): boolean {
  const inert = (child: TSESTree.Node) => isInert(child, clientName, known);
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name !== clientName;
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.every(inert);
    case AST_NODE_TYPES.MemberExpression:
      return neverNullish(node.object, known) && inert(node.object) && (!node.computed || inert(node.property));
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.every((element) => element !== null && inert(element));
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.every(
        (property) =>
          property.type === AST_NODE_TYPES.Property &&
          property.kind === "init" &&
          (!property.computed || inert(property.key)) &&
          inert(property.value),
      );
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return inert(node.expression);
    default:
      return false;
  }
}

/**
 * The BEGIN and COMMIT statements when `try { [c = await P.connect();] BEGIN … COMMIT } catch (e) { ROLLBACK; throw e } finally { release }`
 * is exactly what withTransaction does; null when it is not (then the body is kept as it is under withClient).
 */
export function matchTransaction(
  tryStatement: TSESTree.TryStatement,
  clientName: string,
  visitorKeys: VisitorKeys,
  /** Where the transaction starts in the try block (1 in the `let` form, after `c = await P.connect()`). */
  start = 0,
): TransactionShape | null {
  const body = tryStatement.block.body;
  const handler = tryStatement.handler;
  if (!handler || handler.param?.type !== AST_NODE_TYPES.Identifier) return null;
  const [rollback, rethrow, ...rest] = handler.body.body;
  if (rest.length > 0 || commandOfStatement(rollback, clientName) !== "rollback") return null;
  if (
    rethrow?.type !== AST_NODE_TYPES.ThrowStatement ||
    rethrow.argument.type !== AST_NODE_TYPES.Identifier ||
    rethrow.argument.name !== handler.param.name
  ) {
    return null;
  }

  const begin = body[start];
  if (!begin || commandOfStatement(begin, clientName) !== "begin") return null;
  let commitIndex = body.length - 1;
  const last = body[commitIndex];
  // `COMMIT; return rows;` is common: the value is computed before COMMIT either way when the expression is inert.
  if (
    last?.type === AST_NODE_TYPES.ReturnStatement &&
    (!last.argument || isInert(last.argument, clientName, queryResultNames(body, clientName)))
  ) {
    commitIndex -= 1;
  }
  const commit = body[commitIndex];
  if (commitIndex <= start || !commit || commandOfStatement(commit, clientName) !== "commit") return null;

  // Any other transaction control, or a return that skips COMMIT, would behave differently under withTransaction.
  let clean = true;
  for (const statement of body.slice(start + 1, commitIndex)) {
    walk(statement, visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression && commandOfCall(node, clientName) !== null) clean = false;
    });
    walk(statement, visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.ReturnStatement) clean = false;
      return !isFunction(node);
    });
  }
  return clean ? { begin, commit } : null;
}
