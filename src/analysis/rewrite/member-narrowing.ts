// TypeScript forgets the narrowing of a property (`options.callback`, `job.last`, `this.pool`) inside any closure,
// whatever its root — unlike a variable's, which a closure made after its last assignment keeps. Code that reads a
// property narrowed before it (`if (options.callback) …`, `if (job.last === null) return;`) would stop compiling
// once it moves into withClient's callback (`Cannot invoke an object which is possibly 'undefined'`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk } from "../ast-walk.js";
import { calleeName } from "../node-shapes.js";

type Source = Readonly<TSESLint.SourceCode>;

/** `a.b.c` / `this.a` as a dotted path (optional chaining and `!` ignored), or null for computed or other roots. */
function memberPath(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.ThisExpression) return "this";
  if (node.type === AST_NODE_TYPES.TSNonNullExpression) return memberPath(node.expression);
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  const object = memberPath(node.object);
  return object === null ? null : `${object}.${node.property.name}`;
}

/** Every property path read in `node` (not inside nested functions; an assignment's target is written, not read). */
function pathsIn(source: Source, node: TSESTree.Node, into: Set<string>): void {
  walk(node, source.visitorKeys, (current) => {
    if (isFunction(current)) return false;
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === current && parent.operator === "=") return false;
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const path = memberPath(current);
      if (path !== null) into.add(path);
    }
    return true;
  });
}

/** A path a narrowing can change the type of: a `.length` is a number whatever the check says. */
function narrowable(node: TSESTree.Node, into: Set<string>): void {
  const path = node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.TSNonNullExpression ? memberPath(node) : null;
  if (path !== null && !path.endsWith(".length")) into.add(path);
}

/**
 * The property paths TypeScript narrows where `test` is `truthy` (or falsy): `x.y`, `!x.y`, `x.y === null`,
 * `typeof x.y === "string"`, `isUser(x.y)`, and `&&` (when true) or `||` (when false) of those. A test that says
 * nothing for sure (`a && b` false, a call of a function that is not a type guard) narrows nothing.
 */
function narrowedBy(test: TSESTree.Node, truthy: boolean, into: Set<string>): void {
  const node = test.type === AST_NODE_TYPES.ChainExpression ? test.expression : test;
  switch (node.type) {
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator === "!") narrowedBy(node.argument, !truthy, into);
      return;
    case AST_NODE_TYPES.LogicalExpression:
      if ((node.operator === "&&" && truthy) || (node.operator === "||" && !truthy)) {
        narrowedBy(node.left, truthy, into);
        narrowedBy(node.right, truthy, into);
      }
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (["===", "!==", "==", "!=", "instanceof", "in"].includes(node.operator)) {
        for (const side of [node.left, node.right]) {
          narrowable(side.type === AST_NODE_TYPES.UnaryExpression && side.operator === "typeof" ? side.argument : side, into);
        }
      }
      return;
    case AST_NODE_TYPES.CallExpression:
      // Type guards and assertion functions, by the names they usually have.
      if (/^(is[A-Z_]|assert)/.test(calleeName(node) ?? "")) for (const argument of node.arguments) narrowable(argument, into);
      return;
    default:
      narrowable(node, into);
  }
}

/** Whether a statement always leaves the code after it (`return`, `throw`, `break`, `continue`, or a block ending so). */
function exits(statement: TSESTree.Statement): boolean {
  const last = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : statement;
  return (
    last?.type === AST_NODE_TYPES.ReturnStatement ||
    last?.type === AST_NODE_TYPES.ThrowStatement ||
    last?.type === AST_NODE_TYPES.BreakStatement ||
    last?.type === AST_NODE_TYPES.ContinueStatement
  );
}

/**
 * The property paths whose narrowing is in force at `at`, up to its function: those in the test of an `if` or loop
 * that holds it, in the test of a guard before it (`if (!x.y) return;`), assigned (`x.y = …;`) or asserted
 * (`assert(x.y);`) by a statement before it in a block that holds it.
 */
function narrowedAt(at: TSESTree.Node): Set<string> {
  const paths = new Set<string>();
  for (let node = at; node.parent && !isFunction(node); node = node.parent) {
    const parent: TSESTree.Node = node.parent;
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
        if (parent.test !== node) narrowedBy(parent.test, parent.consequent === node, paths);
        break;
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.ForStatement:
        if (parent.body === node && parent.test) narrowedBy(parent.test, true, paths);
        break;
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.Program:
      case AST_NODE_TYPES.SwitchCase: {
        const list: readonly TSESTree.Node[] = parent.type === AST_NODE_TYPES.SwitchCase ? parent.consequent : parent.body;
        for (const sibling of list.slice(0, list.indexOf(node))) {
          if (sibling.type === AST_NODE_TYPES.IfStatement && !sibling.alternate && exits(sibling.consequent)) {
            narrowedBy(sibling.test, false, paths);
          } else if (sibling.type === AST_NODE_TYPES.ExpressionStatement) {
            const expression = sibling.expression;
            if (expression.type === AST_NODE_TYPES.AssignmentExpression) {
              const path = memberPath(expression.left);
              if (path !== null) paths.add(path);
            } else if (expression.type === AST_NODE_TYPES.CallExpression && /^assert/.test(calleeName(expression) ?? "")) {
              narrowedBy(expression, true, paths);
            }
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return paths;
}

/**
 * In a type-checked file, the first property the moved code reads whose narrowing is in force where the block stands
 * (see narrowedAt; a narrowing outside the innermost function was lost to the original code already), as a refusal;
 * null when there is none.
 */
export function memberNarrowingReason(
  source: Source,
  at: TSESTree.Node,
  movedNodes: readonly TSESTree.Node[],
  typeChecked: boolean,
): string | null {
  if (!typeChecked) return null;
  const narrowed = narrowedAt(at);
  if (narrowed.size === 0) return null;
  const read = new Set<string>();
  for (const node of movedNodes) pathsIn(source, node, read);
  const found = [...read].find((path) => narrowed.has(path));
  return found === undefined ? null : `\`${found}\` is narrowed before the block (TypeScript forgets a property's narrowing inside the callback)`;
}
