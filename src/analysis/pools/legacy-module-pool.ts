// pg before 7 kept a default pool inside the module: `pg.connect(url, (err, client, done) => …)` checked a client out
// of it. pg 7 removed that API, so a call of `connect` on the pg module itself is legacy code using that hidden pool.
// Only the callback form is followed: it is the form pg 6 documented, and the withClient rewrite does not apply to a
// module (the module is no Pool instance to hand over).
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { bindingOfExpression } from "./pg-imports.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `receiver` is the `pg` module (required or imported, aliases followed), whose `connect` used its default pool. */
export function isLegacyModulePool(receiver: TSESTree.Node, sourceCode: SourceCode): boolean {
  return bindingOfExpression(receiver, sourceCode) === "module";
}
