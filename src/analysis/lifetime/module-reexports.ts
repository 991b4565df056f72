// What a local module re-exports by name from another module: `export { default as mapTaggedTemplateLiteralInvocation }
// from "./mapTaggedTemplateLiteralInvocation"` in a `utilities/index.js` that gathers helpers kept one to a file
// (gajus/slonik's 2018 src/utilities). The throw-free reading of imported helpers (throw-free-helpers.ts) follows such a
// name one level to the module that declares it. `export * from …` names nothing and is not followed; type-only
// re-exports are no values.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";

/** Where a re-exported name comes from: the module specifier as written and the name exported there. */
export interface Reexport {
  source: string;
  name: string;
}

/** The module's named re-exports, exported name → origin; a name re-exported twice is left out (ambiguous). */
export function moduleReexports(program: TSESTree.Program): ReadonlyMap<string, Reexport> {
  const found = new Map<string, Reexport | null>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.source || statement.exportKind === "type") continue;
    for (const specifier of statement.specifiers) {
      if (specifier.exportKind === "type") continue;
      const exported = specifierName(specifier.exported);
      found.set(exported, found.has(exported) ? null : { source: statement.source.value, name: specifierName(specifier.local) });
    }
  }
  const reexports = new Map<string, Reexport>();
  for (const [name, origin] of found) if (origin) reexports.set(name, origin);
  return reexports;
}

function specifierName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}
