// A pg pool checkout destructured where it is awaited, `const { query, release } = await pool.connect()`
// (eslint-plugin-pg's docs list it as a leak their rule cannot see; eslint.interlace.tools). pg-pool gives each client
// its own `release` (assigned per client, so it still works unbound), and nothing else on a PoolClient gives it back:
// an unbound `query` or `end` throws for want of `this`. So when the pattern keeps no `release` the code can call, the
// client can never go back to the pool — it is as dropped as an unawaited `pool.connect();`. Any other pattern (a
// `release` binding that is read anywhere or exported, a default value or a nested pattern at `release`, a rest
// element that keeps the client's other properties, a computed key) stays unknown, as every destructured checkout was
// before.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { declaredVariable } from "./awaited-target.js";
import { isExportedModuleBinding } from "./exported-clients.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * `binding` is `{ a, b: c } = await P.connect()` declared (`using` takes no pattern) with an object pattern that names
 * only plain keys, none of them `release` bound to a plain name the code reads.
 */
export function destructuredWithoutRelease(binding: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (binding.type !== AST_NODE_TYPES.VariableDeclarator || binding.id.type !== AST_NODE_TYPES.ObjectPattern) return false;
  const declaration = binding.parent;
  for (const property of binding.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) return false;
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : null;
    if (key === null) return false;
    if (key !== "release") continue;
    // Null for a default (`release = noop`) or a nested pattern: not a plain name. An exported `release`
    // (`export const { query, release } = …`) is the importers' to call, as an exported client is theirs.
    const release = declaredVariable(sourceCode, declaration, property.value);
    if (!release || isExportedModuleBinding(release) || release.references.some((reference) => reference.isRead())) return false;
  }
  return true;
}
