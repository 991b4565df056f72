// A summary of each exported class of a local module (its storing methods, its releasing methods…), read once per
// version of the file: a bounded cache keyed by path and parser, refreshed when the file's mtime or size changes.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { statSync } from "node:fs";
import { parsedFileKey, readModuleProgram, type ModuleParser } from "../pools/module-pools.js";
import { commonJsExports, unwrapExpression } from "../node-shapes.js";

const MAX_ENTRIES = 500;

export type ClassSummaries<T> = Map<string, { mtimeMs: number; size: number; classes: Map<string, T> }>;

/** `summarize` of each exported class of the module at `file` by export name, from `cache` when the file is unchanged. */
export function summarizedClasses<T>(
  cache: ClassSummaries<T>,
  file: string,
  parser: ModuleParser | undefined,
  summarize: (declaration: TSESTree.ClassDeclaration) => T,
): Map<string, T> {
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    return new Map();
  }
  if (!stat?.isFile()) return new Map();
  const key = parsedFileKey(file, parser);
  const known = cache.get(key);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.classes;
  const classes = new Map<string, T>();
  for (const [name, node] of exportedClasses(readModuleProgram(file, parser))) classes.set(name, summarize(node));
  cache.delete(key);
  cache.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, classes });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return classes;
}

/**
 * The module's exported classes by export name ("default" for the module's value or default export):
 * `export class A`, `export default class`, `class A {}` with `export { A }`, `module.exports = { A }`,
 * `module.exports = A`, `exports.A = A`.
 */
export function exportedClasses(program: TSESTree.Program | null): Map<string, TSESTree.ClassDeclaration> {
  const declared = new Map<string, TSESTree.ClassDeclaration>();
  const exported = new Map<string, TSESTree.ClassDeclaration>();
  const body = program?.body ?? [];
  for (const statement of body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
        ? statement.declaration
        : statement;
    if (declaration?.type !== AST_NODE_TYPES.ClassDeclaration) continue;
    if (declaration.id) declared.set(declaration.id.name, declaration);
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) exported.set("default", declaration);
    else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && declaration.id) exported.set(declaration.id.name, declaration);
  }
  const local = (node: TSESTree.Node | null | undefined) => {
    const value = node ? unwrapExpression(node) : null;
    return value?.type === AST_NODE_TYPES.Identifier ? declared.get(value.name) : undefined;
  };
  const add = (name: string | null, node: TSESTree.Node | null | undefined) => {
    const found = local(node);
    if (name !== null && found) exported.set(name, found);
  };
  for (const statement of body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.source) {
      for (const specifier of statement.specifiers) {
        const name = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
        add(name, specifier.local);
      }
    }
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) add("default", statement.declaration);
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    for (const { name, value } of commonJsExports(statement.expression)) add(name, value);
  }
  return exported;
}
