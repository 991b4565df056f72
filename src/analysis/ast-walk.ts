// A plain depth-first walk over an ESTree subtree, driven by the parser's visitor keys (so TS nodes are covered).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";

export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** Calls `enter` on `root` and every node below it; when `enter` returns false the node's children are skipped. */
export function walk(
  root: TSESTree.Node,
  visitorKeys: VisitorKeys,
  enter: (node: TSESTree.Node) => boolean | void,
): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (enter(node) === false) continue;
    const keys = visitorKeys[node.type] ?? [];
    const children: TSESTree.Node[] = [];
    for (const key of keys) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) children.push(item);
      } else if (isNode(value)) {
        children.push(value);
      }
    }
    // Reverse so that nodes are entered in source order.
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as TSESTree.Node);
  }
}

/**
 * Calls `visit` on each child of `node` (by the parser's visitor keys), last first: pushed on a stack, they come off
 * it in source order.
 */
export function forEachChildLastFirst(
  node: TSESTree.Node,
  visitorKeys: VisitorKeys,
  visit: (child: TSESTree.Node) => void,
): void {
  const keys = visitorKeys[node.type];
  if (!keys) return;
  for (let k = keys.length - 1; k >= 0; k -= 1) {
    const value = (node as unknown as Record<string, unknown>)[keys[k]!];
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) if (isNode(value[index])) visit(value[index]);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

const PARENT_ONLY: ReadonlySet<string> = new Set(["parent"]);

/**
 * Whether `test` holds for a node at or below `roots`, for trees with no visitor keys at hand (a module read from
 * disk): every property is followed but those in `skippedKeys` (`parent` by default). `test` returns "skip" to leave
 * a node's children out.
 */
export function someNodeBelow(
  roots: readonly unknown[],
  test: (node: TSESTree.Node) => boolean | "skip",
  skippedKeys: ReadonlySet<string> = PARENT_ONLY,
): boolean {
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (!isNode(value)) continue;
    const verdict = test(value);
    if (verdict === true) return true;
    if (verdict === "skip") continue;
    for (const [key, child] of Object.entries(value)) if (!skippedKeys.has(key)) stack.push(child);
  }
  return false;
}

/** The program a node belongs to (null for a node detached from its tree). */
export function programOf(node: TSESTree.Node): TSESTree.Program | null {
  let current: TSESTree.Node | undefined = node;
  while (current && current.type !== AST_NODE_TYPES.Program) current = current.parent;
  return current ?? null;
}

export function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement
  );
}

/** A value read off an AST node's key is a node itself (not a token list, a string, null…). */
export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

export function isFunction(node: TSESTree.Node): node is TSESTree.FunctionLike {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.TSDeclareFunction ||
    node.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression
  );
}

/** The innermost function containing `node` (not `node` itself), or null at the top level. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return null;
}
