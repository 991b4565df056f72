// Which name the rewrite calls: poolguard's `withClient`/`withTransaction` (from the configured importSource), never
// whatever else of that name is in scope. A file's own `withClient(settings, cb)` — or the very function being
// rewritten — called as if it were poolguard's would do something else or recurse forever, so such a file gets
// poolguard's helper imported under a free name instead.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { FileMemo } from "../file-memo.js";
import { importEditFor, type TextEdit } from "./import-insertion.js";
import type { ModuleKind } from "./module-kind.js";

type Source = Readonly<TSESLint.SourceCode>;

export interface HelperName {
  /** The identifier the rewritten code calls. */
  local: string;
  /** The import to add, or null when `local` already names poolguard's helper where the call goes. */
  importEdit: TextEdit | null;
}

/** The variable `name` resolves to at `node`, or null (also for an undeclared global). */
function resolve(source: Source, node: TSESTree.Node, name: string): TSESLint.Scope.Variable | null {
  for (let scope: TSESLint.Scope.Scope | null = source.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable && variable.defs.length > 0) return variable;
  }
  return null;
}

const isRequireOf = (node: TSESTree.Node | null | undefined, importSource: string): boolean =>
  node?.type === AST_NODE_TYPES.CallExpression &&
  node.callee.type === AST_NODE_TYPES.Identifier &&
  node.callee.name === "require" &&
  node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
  node.arguments[0].value === importSource;

/** Whether `variable` is `imported` from `importSource`: `import { imported [as x] }` or `const { imported[: x] } = require(…)`. */
function isImportOf(variable: TSESLint.Scope.Variable, imported: string, importSource: string): boolean {
  if (variable.defs.length !== 1) return false;
  const def = variable.defs[0] as TSESLint.Scope.Definition;
  if (def.type === "ImportBinding") {
    const specifier = def.node;
    const declaration = specifier.parent;
    return (
      specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      declaration?.type === AST_NODE_TYPES.ImportDeclaration &&
      declaration.source.value === importSource &&
      declaration.importKind !== "type" &&
      specifier.importKind !== "type" &&
      (specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value) === imported
    );
  }
  if (def.type === "Variable") {
    const declarator = def.node;
    if (declarator.parent.kind !== "const" || !isRequireOf(declarator.init, importSource)) return false;
    if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return false;
    return declarator.id.properties.some(
      (property) =>
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.key.name === imported &&
        property.value === def.name,
    );
  }
  return false;
}

/** isFreeInFile's answers for the file being linted: every leak reported in a file asks for the same names. */
const freeNames = new FileMemo<Map<string, boolean>>();

/** True when no scope of the file declares `name` and no code refers to it as a global (an import would capture it). */
function isFreeInFile(source: Source, name: string): boolean {
  let known = freeNames.get(source);
  if (!known) {
    known = new Map();
    freeNames.set(source, known);
  }
  let free = known.get(name);
  if (free === undefined) {
    const manager = source.scopeManager;
    free =
      !!manager &&
      !manager.scopes.some((scope) => scope.set.has(name)) &&
      !manager.globalScope?.through.some((reference) => reference.identifier.name === name);
    known.set(name, free);
  }
  return free;
}

/**
 * The name to call `helper` by at `node`: the name itself when it already is poolguard's there; an existing import of
 * poolguard's helper under another name; else `helper` imported (when nothing in the file uses that name) or
 * `poolguardWithClient`-style under the first free name. Null when an import is needed and neither the file's text
 * nor its place (`placeKind`, module-kind.ts) says whether it is CommonJS or an ES module.
 */
export function helperNameAt(
  source: Source,
  node: TSESTree.Node,
  helper: string,
  importSource: string,
  placeKind: ModuleKind = null,
): HelperName | null {
  const inScope = resolve(source, node, helper);
  if (inScope && isImportOf(inScope, helper, importSource)) return { local: helper, importEdit: null };

  // An alias the file already has (`import { withClient as wc } from "poolguard/runtime"`), visible here.
  const moduleScope = source.scopeManager?.globalScope?.childScopes.find((scope) => scope.type === "module") ?? source.scopeManager?.globalScope;
  for (const variable of moduleScope?.variables ?? []) {
    if (isImportOf(variable, helper, importSource) && resolve(source, node, variable.name) === variable) {
      return { local: variable.name, importEdit: null };
    }
  }

  let local = helper;
  if (inScope || !isFreeInFile(source, helper)) {
    const base = `poolguard${helper[0]?.toUpperCase() ?? ""}${helper.slice(1)}`;
    local = base;
    for (let suffix = 2; !isFreeInFile(source, local); suffix += 1) local = `${base}${suffix}`;
  }
  const importEdit = importEditFor(source, node, helper, local, importSource, placeKind);
  return importEdit ? { local, importEdit } : null;
}
