// A declaration binds its variable anew each time it runs: `for (…) { const qr = ds.createQueryRunner(); … await
// qr.release(); }` makes a new runner every turn. A TypeORM runner is held only from its first connecting call on
// (query-runner.ts), so without this the loop's back edge carries the last turn's release to the new runner's first
// use (typeorm/typeorm's entity-subscriber transaction-flow test). For a pg client the awaited `connect()` rebinds it
// right after the declaration anyway, unless the variable is declared before the checkout: a retry loop's body that
// starts with `let client = null` and releases `if (client)` in its `finally` starts every turn with none, even when
// that turn's connect() throws (ClinicalSageAI's ResilientPool.query). A `let client;` with no initialiser does the
// same: each run of it makes a new binding, undefined (avnz-portal's retried migrate(), whose catch releases `if
// (client)`); a `var` without one keeps the value it had, so it is no write.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

/** `identifier` is the name a variable declaration with an initialiser binds (`const qr = …`). */
export function isRebindingDeclaration(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === identifier && parent.init !== null;
}

/** The names of `variable`'s `let` declarations with no initialiser (`let client;`): each run binds it anew, undefined. */
export function uninitialisedLetNames(variable: TSESLint.Scope.Variable): TSESTree.Identifier[] {
  return variable.defs.flatMap((definition) => {
    const declarator = definition.node;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== null) return [];
    if (declarator.parent.kind !== "let" || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
    return [declarator.id];
  });
}
