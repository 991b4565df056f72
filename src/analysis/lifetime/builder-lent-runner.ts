// A TypeORM runner lent to a query builder before its first use (dailydotdev/daily-api's GraphORM read replica:
// `if (slaveRunner) builder.queryBuilder.setQueryRunner(slaveRunner);` then `await builder.queryBuilder.getRawMany()`):
// the builder runs its query on the runner it was given, so that awaited query is the runner's first connecting call
// (a lazy one: when it throws the runner may already hold its connection). Read only in that order: the runner's
// first reference is the sole argument of `B.setQueryRunner(runner)` as a statement, or the plain test `if (runner)`
// of an `if` (no `else`) whose block is that statement, which runs it exactly when the runner was made; the
// connecting await is then the first awaited query method (`getMany`, `getRawMany`, `execute`…) on the same receiver
// `B`, written alike, later in that statement list (or straight inside a later statement of it), with no other
// reference to the runner and no write to `B`'s root variable in between. Anything else is not read here.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { resolveIdentifier } from "../find-variable.js";
import { methodCall, parentSkippingWrappers, statementList, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The SelectQueryBuilder / QueryBuilder methods that run a query (on the runner the builder was given). */
const BUILDER_QUERIES = new Set([
  "getMany",
  "getOne",
  "getOneOrFail",
  "getRawMany",
  "getRawOne",
  "getRawAndEntities",
  "getManyAndCount",
  "getCount",
  "getExists",
  "execute",
  "stream",
]);

/** For the runner's references in order: the await of the builder's query that connects it, or null. */
export function builderConnects(references: readonly TSESTree.Identifier[], sourceCode: SourceCode): TSESTree.AwaitExpression | null {
  const guarded = references[0] && isPlainIfTest(references[0]) ? references[0] : null;
  const lent = references[guarded ? 1 : 0];
  const setter = lent ? parentSkippingWrappers(lent) : undefined;
  if (setter?.type !== AST_NODE_TYPES.CallExpression || setter.arguments.length !== 1 || unwrapExpression(setter.arguments[0]!) !== lent) return null;
  const method = methodCall(setter);
  const statement = parentSkippingWrappers(setter);
  if (method?.name !== "setQueryRunner" || statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const receiver = builderPath(method.object);
  if (!receiver) return null;
  // The statement that runs it: the guarding `if (runner) { … }` (its block's only statement), or itself.
  let runs: TSESTree.Node = statement;
  if (guarded) {
    const ifStatement = guarded.parent as TSESTree.IfStatement;
    const block = ifStatement.consequent;
    const alone = block === statement || (block.type === AST_NODE_TYPES.BlockStatement && block.body.length === 1 && block.body[0] === statement);
    if (!alone || ifStatement.alternate) return null;
    runs = ifStatement;
  }
  const list = statementList(runs);
  if (!list) return null;
  const next = references[guarded ? 2 : 1];
  for (const later of list.slice(list.indexOf(runs) + 1)) {
    const awaited = firstBuilderQuery(later, receiver);
    if (!awaited) {
      // A statement that names the builder otherwise (a query in a branch, another builder call) is not read past.
      if (sourceCode.getText(later).includes(receiver.text)) return null;
      continue;
    }
    if (next && next.range[0] < awaited.range[0]) return null;
    return writtenBetween(receiver, statement, awaited, sourceCode) ? null : awaited;
  }
  return null;
}

/** `if (runner)`: the reference is the whole test of an `if` statement. */
function isPlainIfTest(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.IfStatement && parent.test === identifier;
}

/** `builder`, `builder.queryBuilder`, `this.qb`: a chain of plain property reads from a name; null otherwise. */
function builderPath(node: TSESTree.Node): { root: TSESTree.Identifier; text: string } | null {
  const names: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression && !current.computed && current.property.type === AST_NODE_TYPES.Identifier) {
    names.unshift(current.property.name);
    current = unwrapExpression(current.object);
  }
  return current.type === AST_NODE_TYPES.Identifier ? { root: current, text: [current.name, ...names].join(".") } : null;
}

/**
 * The first `await B.query(…)` straight inside `statement` (the statement itself, a declaration's value, an
 * assignment's right side, a `return`, a `try` block's first statement), `B` written as `receiver`; null when there is
 * none.
 */
function firstBuilderQuery(statement: TSESTree.Node, receiver: { text: string }): TSESTree.AwaitExpression | null {
  let node: TSESTree.Node | null | undefined = statement;
  for (;;) {
    if (!node) return null;
    switch (node.type) {
      case AST_NODE_TYPES.ExpressionStatement:
        node = node.expression;
        continue;
      case AST_NODE_TYPES.ReturnStatement:
        node = node.argument;
        continue;
      case AST_NODE_TYPES.VariableDeclaration:
        node = node.declarations.length === 1 ? node.declarations[0]!.init : null;
        continue;
      case AST_NODE_TYPES.AssignmentExpression:
        node = node.operator === "=" ? node.right : null;
        continue;
      case AST_NODE_TYPES.TryStatement:
        node = node.block.body[0];
        continue;
      case AST_NODE_TYPES.AwaitExpression: {
        const call = unwrapExpression(node.argument);
        const method = call.type === AST_NODE_TYPES.CallExpression ? methodCall(call) : null;
        if (!method || !BUILDER_QUERIES.has(method.name)) return null;
        return builderPath(method.object)?.text === receiver.text ? node : null;
      }
      default:
        return null;
    }
  }
}

/**
 * The builder's root variable, or a property on its path (`builder.queryBuilder = …`), is assigned between the lending
 * statement and the query.
 */
function writtenBetween(receiver: { root: TSESTree.Identifier; text: string }, from: TSESTree.Node, to: TSESTree.Node, sourceCode: SourceCode): boolean {
  const variable = resolveIdentifier(sourceCode, receiver.root);
  if (!variable) return true;
  const between = (node: TSESTree.Node) => node.range[0] > from.range[1] && node.range[0] < to.range[0];
  if (variable.references.some((reference) => reference.isWrite() && between(reference.identifier))) return true;
  const text = sourceCode.text.slice(from.range[1], to.range[0]);
  const parts = receiver.text.split(".").map((part) => part.replace(/\$/g, "\\$"));
  return parts
    .slice(1)
    .some((_, index) => new RegExp(`(?<![\\w$])${parts.slice(0, index + 2).join("\\s*\\.\\s*")}\\s*=(?!=)`).test(text));
}
