// A function whose return type TypeScript infers from object literals returned both in the moved body and outside it
// (`if (!pool) return { skipped: true, reason }` before the checkout, `return { ok: true, count }` in it). Inferred
// together, the literals are normalised into one union whose members each list the others' properties as optional
// `undefined`, so a caller may read `r.count` on it. Once the body's literal is the callback's value, the function
// returns `Awaited<T> | { skipped; reason }`, not normalised, and `r.count` is TS2339 in the caller — a file
// check-rewrites' isolated type check does not see (FelpTB/BuscaFornecedor-searchAPI's replaceMessages, under
// checkJs). A declared return type keeps the function's type whatever the body becomes.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isFunction, walk, type VisitorKeys } from "../ast-walk.js";

/** Why the rewrite would change the function's inferred return type, or null. Asked only in type-checked files. */
export function splitLiteralReturnsReason(
  statement: TSESTree.Node,
  moved: readonly [number, number],
  visitorKeys: VisitorKeys,
): string | null {
  const fn = enclosingFunction(statement);
  if (!fn || fn.returnType || fn.body?.type !== AST_NODE_TYPES.BlockStatement) return null;
  const inside: TSESTree.ObjectExpression[] = [];
  const outside: TSESTree.ObjectExpression[] = [];
  walk(fn.body, visitorKeys, (node) => {
    if (isFunction(node)) return false;
    if (node.type !== AST_NODE_TYPES.ReturnStatement || node.argument?.type !== AST_NODE_TYPES.ObjectExpression) return;
    (node.range[0] >= moved[0] && node.range[1] <= moved[1] ? inside : outside).push(node.argument);
  });
  if (inside.length === 0 || outside.length === 0) return null;
  // Literals with the same keys normalise to nothing more than they are: split or not, the union reads the same.
  const keys = [...inside, ...outside].map(keySet);
  const first = keys[0];
  if (first !== null && first !== undefined && keys.every((set) => set !== null && sameKeys(set, first))) return null;
  return "the function's return type is inferred from object literals returned in the body and outside it, which the callback would split (declare the return type)";
}

/** The literal's static keys, or null when a spread, a computed key or a nested literal leaves the comparison open. */
function keySet(literal: TSESTree.ObjectExpression): Set<string> | null {
  const keys = new Set<string>();
  for (const property of literal.properties) {
    // A nested literal is normalised too: its keys would have to be compared as well.
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.value.type === AST_NODE_TYPES.ObjectExpression) return null;
    const key = property.key;
    if (key.type === AST_NODE_TYPES.Identifier) keys.add(key.name);
    else if (key.type === AST_NODE_TYPES.Literal) keys.add(String(key.value));
    else return null;
  }
  return keys;
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}
