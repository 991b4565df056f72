// Where and how to add `import { withClient } from "poolguard/runtime"` (or the `require` form in CommonJS) so that
// the added line looks like its neighbours: same quotes, same semicolon habit, next to the other imports.
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { ModuleKind } from "./module-kind.js";

/** A replacement of `range` in the original text: fixes are built from these, and migrate reuses them. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/** True when `name` resolves at `node` to something the file declares or imports. */
export function isNameInScope(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable && variable.defs.length > 0) return true;
  }
  return false;
}

/** The `require("…")` call an expression starts from: itself, or the root of `require("…")()` / `require("…").x`. */
function requireCallOf(expression: TSESTree.Node | null | undefined): TSESTree.CallExpression | null {
  for (let current = expression; current; ) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      if (current.callee.type === AST_NODE_TYPES.Identifier && current.callee.name === "require") return current;
      current = current.callee;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      current = current.object;
    } else {
      return null;
    }
  }
  return null;
}

function isRequireDeclaration(statement: TSESTree.Node): statement is TSESTree.VariableDeclaration {
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  return statement.declarations.some((declarator) => requireCallOf(declarator.init) !== null);
}

/** `module.exports = …`, `module.exports.x = …` or `exports.x = …` as a top-level statement. */
function isCommonJsExport(statement: TSESTree.Node): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const assignment = statement.expression;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression) return false;
  let target: TSESTree.Node = assignment.left;
  while (target.type === AST_NODE_TYPES.MemberExpression) {
    const object: TSESTree.Node = target.object;
    if (object.type === AST_NODE_TYPES.Identifier) {
      if (object.name === "exports") return true;
      const property = target.property;
      return object.name === "module" && !target.computed && property.type === AST_NODE_TYPES.Identifier && property.name === "exports";
    }
    target = object;
  }
  return false;
}

/** CommonJS's own free names: a file that reads one it does not declare runs as CommonJS (ESM has none of them). */
const COMMONJS_GLOBALS = new Set(["require", "module", "exports"]);

/** Whether the file has an `import` or `export` statement: an ES module (strict, and `import` is how it loads). */
export function hasModuleSyntax(program: TSESTree.Program): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration,
  );
}

/**
 * The file's module system as its own text shows it: `import`/`export` win; a script, `require` declarations
 * (`require("x")()` and `require("x").y` too) or `module.exports`/`exports.x` assignments mean CommonJS — where an
 * added `import` would stop the file from loading at all. So does a `require`, `module` or `exports` the file uses
 * without declaring it anywhere, even inside a function (lucianoheric/equadra's dao/db.js requires pg inside its
 * connect function and exports nothing). A JavaScript file whose text shows none of these loads as its place says
 * (module-kind.ts: `.cjs`, a package.json without `"type": "module"`); "unknown" there is returned as is.
 */
function isCommonJs(
  sourceCode: Readonly<TSESLint.SourceCode>,
  program: TSESTree.Program,
  placeKind: ModuleKind,
): boolean | "unknown" {
  if (hasModuleSyntax(program)) return false;
  if (program.sourceType === "script") return true;
  if (program.body.some((statement) => isRequireDeclaration(statement) || isCommonJsExport(statement))) return true;
  // A reference nobody declares ends in the global scope's `through` list, or, when the configuration declares the
  // name as a global (`globals.node`), resolves to a global variable without a definition in the file.
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return byPlace(placeKind);
  if (globalScope.through.some((reference) => COMMONJS_GLOBALS.has(reference.identifier.name))) return true;
  const readsGlobal = [...COMMONJS_GLOBALS].some((name) => {
    const variable = globalScope.set.get(name);
    return variable !== undefined && variable.defs.length === 0 && variable.references.length > 0;
  });
  return readsGlobal || byPlace(placeKind);
}

/** What the file's place says when its text shows no module system: CommonJS, not, or "unknown" (module-kind.ts). */
function byPlace(placeKind: ModuleKind): boolean | "unknown" {
  return placeKind === "unknown" ? "unknown" : placeKind === "commonjs";
}

function endsWithSemicolon(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  // The node's last character is its last token's (see rewrite-plan.ts): no token cursor needed.
  return sourceCode.text.charCodeAt(node.range[1] - 1) === 0x3b;
}

function quoteOf(literal: TSESTree.Node | undefined): string {
  return literal?.type === AST_NODE_TYPES.Literal && literal.raw.startsWith("'") ? "'" : '"';
}

/** With no import or require to imitate, the quote of the file's first string (seif-alsheyab/chargeback-iq's tx.js). */
function fileQuote(sourceCode: Readonly<TSESLint.SourceCode>): string {
  const first = sourceCode.ast.tokens.find((token) => token.type === AST_TOKEN_TYPES.String);
  return first?.value.startsWith("'") ? "'" : '"';
}

/**
 * Where a line added after `node` goes: after the comments that end its line (`import pg from "pg"; // the driver`),
 * which belong to it and would otherwise end the added line instead.
 */
function lineEnd(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): number {
  let end = node.range[1];
  for (const comment of sourceCode.getCommentsAfter(node)) {
    if (comment.loc.start.line !== node.loc.end.line || /\n/.test(sourceCode.text.slice(end, comment.range[0]))) break;
    end = comment.range[1];
  }
  return end;
}

/** Where a new first statement goes: after directives, before comments attached to the first statement. */
function topInsertionPoint(sourceCode: Readonly<TSESLint.SourceCode>, program: TSESTree.Program): number {
  let first: TSESTree.Node | undefined;
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined) continue;
    first = statement;
    break;
  }
  if (!first) return program.range[1];
  let start = first.range[0];
  const comments = sourceCode.getCommentsBefore(first);
  for (let index = comments.length - 1; index >= 0; index -= 1) {
    const comment = comments[index] as TSESTree.Comment;
    // Only comments that touch the statement (no blank line between) belong to it, e.g. its JSDoc.
    const between = sourceCode.text.slice(comment.range[1], start);
    if (/\n\s*\n/.test(between) || (comment.type as string) === "Shebang") break;
    start = comment.range[0];
  }
  return start;
}

/**
 * The edit that imports `imported` from `importSource` under the name `local` (the caller has checked that `local` is
 * free): into an existing value import of that module, else after the last import (a `require` in CommonJS files,
 * `placeKind` telling for JavaScript files whose text does not); null when neither the text nor the place tells.
 */
export function importEditFor(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  imported: string,
  local: string,
  importSource: string,
  placeKind: ModuleKind = null,
): TextEdit | null {
  const program = sourceCode.ast;
  const imports = program.body.filter(
    (statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration,
  );
  // With no import to imitate, follow the statement being rewritten.
  const semicolon = endsWithSemicolon(sourceCode, node);
  const specifier = local === imported ? imported : `${imported} as ${local}`;

  // An existing value import from the same module takes the new name into its braces.
  const sameSource = imports.find(
    (declaration) =>
      declaration.source.value === importSource &&
      declaration.importKind !== "type" &&
      !declaration.specifiers.some((candidate) => candidate.type === AST_NODE_TYPES.ImportNamespaceSpecifier),
  );
  if (sameSource) {
    const named = sameSource.specifiers.filter((candidate) => candidate.type === AST_NODE_TYPES.ImportSpecifier);
    const lastNamed = named.at(-1);
    if (lastNamed) return { range: [lastNamed.range[1], lastNamed.range[1]], text: `, ${specifier}` };
    const defaultSpecifier = sameSource.specifiers[0];
    if (defaultSpecifier) {
      return { range: [defaultSpecifier.range[1], defaultSpecifier.range[1]], text: `, { ${specifier} }` };
    }
  }

  const commonJs = isCommonJs(sourceCode, program, placeKind);
  if (commonJs === "unknown") return null;
  if (commonJs) {
    const lastRequire = program.body.filter(isRequireDeclaration).at(-1);
    const requireCall = lastRequire?.declarations.map((declarator) => requireCallOf(declarator.init)).find((call) => call !== null);
    const quote = requireCall ? quoteOf(requireCall.arguments[0]) : fileQuote(sourceCode);
    const end = lastRequire && endsWithSemicolon(sourceCode, lastRequire) ? ";" : lastRequire ? "" : semicolon ? ";" : "";
    const property = local === imported ? imported : `${imported}: ${local}`;
    const line = `const { ${property} } = require(${quote}${importSource}${quote})${end}`;
    if (lastRequire) {
      const at = lineEnd(sourceCode, lastRequire);
      return { range: [at, at], text: `\n${line}` };
    }
    const at = topInsertionPoint(sourceCode, program);
    return { range: [at, at], text: `${line}\n` };
  }

  const lastImport = imports.at(-1);
  if (lastImport) {
    const quote = quoteOf(lastImport.source);
    const end = endsWithSemicolon(sourceCode, lastImport) ? ";" : "";
    return {
      range: [lineEnd(sourceCode, lastImport), lineEnd(sourceCode, lastImport)],
      text: `\nimport { ${specifier} } from ${quote}${importSource}${quote}${end}`,
    };
  }
  const at = topInsertionPoint(sourceCode, program);
  const quote = fileQuote(sourceCode);
  return { range: [at, at], text: `import { ${specifier} } from ${quote}${importSource}${quote}${semicolon ? ";" : ""}\n` };
}
