// What a name is bound to, when an import or a require of a package binds it: the package, and the function of it
// the name stands for (or none when the package itself is bound). Used to trust calls into packages known not to
// throw (throw-free-packages.ts, literal-responses.ts) only under a binding the file itself makes.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { requiredModule } from "../node-shapes.js";
import { isWrittenAgain } from "../variable-references.js";

/** What a name is bound to: a package's function (`name`), or the package itself (`name` null). */
export interface PackageBinding {
  source: string;
  name: string | null;
}

/** The import or require that binds `identifier`, when it is its only definition and nothing writes it again. */
export function packageBinding(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): PackageBinding | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return null;
  if (isWrittenAgain(variable)) return null;
  const definition = variable.defs[0]!;
  if (definition.type === "ImportBinding") {
    const specifier = definition.node;
    const declaration = specifier.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === "type") return null;
    const source = declaration.source.value;
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return { source, name: null };
    return { source, name: specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value };
  }
  if (definition.type !== "Variable" || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  const source = requiredModule(definition.node.init);
  const pattern = definition.node.id;
  if (source === null) return null;
  if (pattern.type === AST_NODE_TYPES.Identifier) return { source, name: null };
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const property = pattern.properties.find(
    (candidate) => candidate.type === AST_NODE_TYPES.Property && !candidate.computed && candidate.value === definition.name,
  );
  return property?.type === AST_NODE_TYPES.Property && property.key.type === AST_NODE_TYPES.Identifier ? { source, name: property.key.name } : null;
}
