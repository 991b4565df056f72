// TypeScript forgets the narrowing of a property (`options.callback`, `job.last`, `this.pool`) inside any closure,
// whatever its root — unlike a variable's, which a closure made after its last assignment keeps. Code that reads a
// property narrowed before it (`if (options.callback) …`, `if (job.last === null) return;`) would stop compiling
// once it moves into withClient's callback (`Cannot invoke an object which is possibly 'undefined'`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isFunction, walk } from "../ast-walk.js";
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

/** Whether `node` (a property read) stands where TypeScript narrows it: a test, a comparison, an assignment, a guard. */
function narrows(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent?.type === AST_NODE_TYPES.ChainExpression || parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
      return parent.test === child;
    case AST_NODE_TYPES.SwitchStatement:
      return parent.discriminant === child;
    case AST_NODE_TYPES.LogicalExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === "!" || parent.operator === "typeof";
    case AST_NODE_TYPES.BinaryExpression:
      return ["===", "!==", "==", "!=", "instanceof", "in"].includes(parent.operator);
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === child;
    case AST_NODE_TYPES.CallExpression:
      // assert(x.y), isUser(x.y): assertion functions and type guards, by the names they usually have.
      return parent.callee !== child && /^(assert|is[A-Z_])/.test(calleeName(parent) ?? "");
    default:
      return false;
  }
}

/**
 * In a type-checked file, the first property the moved code reads that is narrowed earlier in the same function (the
 * innermost one: a narrowing outside it was lost to the original code already), as a refusal; null when none is.
 */
export function memberNarrowingReason(
  source: Source,
  at: TSESTree.Node,
  movedNodes: readonly TSESTree.Node[],
  movedRange: readonly [number, number],
  typeChecked: boolean,
): string | null {
  if (!typeChecked) return null;
  const read = new Set<string>();
  for (const node of movedNodes) {
    walk(node, source.visitorKeys, (current) => {
      if (current.type === AST_NODE_TYPES.MemberExpression) {
        const path = memberPath(current);
        if (path !== null) read.add(path);
      }
    });
  }
  if (read.size === 0) return null;
  const fn = enclosingFunction(at);
  const region: TSESTree.Node = fn?.body ?? source.ast;
  let found: string | null = null;
  walk(region, source.visitorKeys, (current) => {
    if (found !== null || current.range[0] >= movedRange[0]) return false;
    if (current !== region && isFunction(current)) return false;
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const path = memberPath(current);
      if (path !== null && read.has(path) && narrows(current)) found = path;
    }
    return true;
  });
  return found === null ? null : `\`${found}\` is narrowed before the block (TypeScript forgets a property's narrowing inside the callback)`;
}
