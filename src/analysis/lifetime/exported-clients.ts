// A client checked out at the top level of an ES module and exported — `const listener = await pool.connect(); await
// listener.query("LISTEN events"); export { pool, listener };` (teebarg/pulse-metrics's db module) — belongs to the
// importers from the moment it is assigned: an export binds the variable itself, not its value at the `export` line.
// It is handed over there, as a client stored on a module-wide object is; the module holds it for the process.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";

/** `variable` is a module-scope binding exported by name (`export const c = …`, `export { c }`, `export { c as d }`). */
export function isExportedModuleBinding(variable: TSESLint.Scope.Variable): boolean {
  if (variable.scope.type !== "module") return false;
  const declaration = variable.defs[0]?.parent;
  if (declaration?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return true;
  return variable.references.some((reference) => {
    const parent = reference.identifier.parent;
    return parent?.type === AST_NODE_TYPES.ExportSpecifier && parent.local === reference.identifier;
  });
}
