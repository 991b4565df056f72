// The error helper of answering-helper-releases.ts when a local module exports it: Chaotikum/icebox-service's
// controllers call `if (utils.handleError(err, client, done, res)) return;` with `var utils = require("./utils")` and
// `exports.handleError = function (err, client, done, res) { if (!err) return false; if (client) done(client); …;
// return true; }` in ./utils.js. The module is read from disk (module-pools.ts's reader), given parent links and its own
// scope analysis, so the helper is judged by the same rules as one of the linted file; any export this cannot pin to
// one plain function (assigned twice, taken from elsewhere, a class member) answers null: `done` stays a hand-over.
import { analyze } from "@typescript-eslint/scope-manager";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { statSync } from "node:fs";
import path from "node:path";
import { commonJsExports, replacesModuleExports, unwrapExpression } from "../node-shapes.js";
import { readModuleProgram, resolveLocalModule, type ModuleParser } from "../pools/module-pools.js";
import type { AnsweringHelper, HelperNode, HelperScopes } from "./answering-helper-releases.js";
import { importedCallee } from "./imported-functions.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The plain function a local module exports under the name `call` uses, with that module's scopes; else null. */
export function importedAnsweringHelper(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): AnsweringHelper | null {
  if (!path.isAbsolute(filename)) return null;
  const origin = importedCallee(call.callee, sourceCode, filename);
  // "transaction.start": a member of an exported object, not a function the module exports by itself.
  if (!origin || origin.name.includes(".")) return null;
  const file = resolveLocalModule(filename, origin.source);
  const module = file ? readModule(file, parser) : null;
  if (!module) return null;
  try {
    const helper = exportedFunction(module.program, origin.name, module.scopes);
    return helper ? { helper, scopes: module.scopes } : null;
  } catch {
    return null; // a shape the reading does not know exports no helper we know of
  }
}

interface ReadModule {
  program: TSESTree.Program;
  scopes: HelperScopes & ScopeLookup;
}

/**
 * Modules read so far, by path: each parsed and its scopes analysed once while its mtime and size stay the same and the
 * same parser reads it (a module that cannot be read is remembered as null the same way: another parser may read it);
 * at most 100, the oldest read dropped first.
 */
const modules = new Map<string, { mtimeMs: number; size: number; parser: ModuleParser | undefined; read: ReadModule | null }>();
const MAX_MODULES = 100;

function readModule(file: string, parser: ModuleParser | undefined): ReadModule | null {
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    return null;
  }
  if (!stat?.isFile()) return null;
  const known = modules.get(file);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size && known.parser === parser) return known.read;
  let read: ReadModule | null = null;
  const program = readModuleProgram(file, parser);
  if (program) {
    try {
      linkParents(program, null);
      read = { program, scopes: analyze(program, { sourceType: "module" }) as unknown as HelperScopes & ScopeLookup };
    } catch {
      read = null; // a module the scope analysis cannot read exports no helper we know of
    }
  }
  modules.delete(file);
  modules.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, parser, read });
  if (modules.size > MAX_MODULES) modules.delete(modules.keys().next().value as string);
  return read;
}

interface ScopeLookup {
  getDeclaredVariables(node: TSESTree.Node): ReadonlyArray<{ name: string; references: ReadonlyArray<{ isWrite(): boolean }> }>;
}

/**
 * A parsed module has no parent links (ESLint adds them only to the linted file); the reading walks up through them.
 * The same walk gives an espree tree (ESLint's default parser, for `.js` files) the empty `decorators` and `implements`
 * lists TypeScript's tree always has, which the scope analysis reads without a guard.
 */
function linkParents(node: TSESTree.Node, parent: TSESTree.Node | null): void {
  (node as { parent?: TSESTree.Node | null }).parent = parent ?? undefined;
  fillTsEstreeLists(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === "parent" || key === "loc" || key === "range") continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === "object" && typeof (child as { type?: unknown }).type === "string") linkParents(child as TSESTree.Node, node);
    }
  }
}

/** The lists TypeScript's tree has on every class, class member and function parameter, empty where espree leaves them out. */
function fillTsEstreeLists(node: TSESTree.Node): void {
  const withLists = node as { decorators?: unknown[]; implements?: unknown[]; params?: unknown };
  switch (node.type) {
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      withLists.implements ??= [];
      withLists.decorators ??= [];
      break;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
      withLists.decorators ??= [];
      break;
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
      for (const param of node.params) (param as { decorators?: unknown[] }).decorators ??= [];
      break;
    default:
  }
}

/**
 * The function exported as `name` ("default" for the module's value): `exports.f = function …`, `module.exports.f =
 * …`, `module.exports = { f }` / `{ f: … }`, `module.exports = function …` (default), `export function f`, `export
 * const f = …`, `export default function` — a function written there or a top-level function of the module named
 * there. Null unless exactly one statement exports that name.
 */
function exportedFunction(program: TSESTree.Program, name: string, scopes: ScopeLookup): HelperNode | null {
  const values: TSESTree.Node[] = [];
  // `exports.f = …` then `module.exports = { g }`: the second replaces the object the first wrote to.
  let replacedExports = false;
  let viaExports = false;
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
      const expression = unwrapExpression(statement.expression) as TSESTree.Expression;
      const replaces = replacesModuleExports(expression);
      if (replaces) replacedExports = true;
      // `module.exports = { … }` as the module's value: an object, no function (its keys come back one by one below).
      if (replaces && name === "default" && expression.type === AST_NODE_TYPES.AssignmentExpression && unwrapExpression(expression.right).type === AST_NODE_TYPES.ObjectExpression) {
        values.push(expression.right);
      }
      for (const exported of commonJsExports(expression)) {
        if (exported.name !== name) continue;
        values.push(exported.value);
        if (!replaces) viaExports = true;
      }
    } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration) {
      const declaration = statement.declaration;
      if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id?.name === name) values.push(declaration);
      if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init) values.push(declarator);
        }
      }
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && name === "default") {
      values.push(statement.declaration);
    }
  }
  if (values.length !== 1 || (viaExports && replacedExports)) return null;
  return functionOf(values[0]!, program, scopes);
}

/** The function a value is: written there, or a top-level function (declared, or a `const`) the module never reassigns. */
function functionOf(value: TSESTree.Node, program: TSESTree.Program, scopes: ScopeLookup): HelperNode | null {
  const node = value.type === AST_NODE_TYPES.VariableDeclarator ? value.init : value;
  const expression = node ? unwrapExpression(node as TSESTree.Expression) : null;
  if (!expression) return null;
  if (expression.type === AST_NODE_TYPES.FunctionDeclaration && expression.body) return expression;
  if (expression.type === AST_NODE_TYPES.FunctionExpression || expression.type === AST_NODE_TYPES.ArrowFunctionExpression) {
    const declaration = value.type === AST_NODE_TYPES.VariableDeclarator ? value.parent : null;
    return declaration?.type === AST_NODE_TYPES.VariableDeclaration && declaration.kind !== "const" ? null : expression;
  }
  if (expression.type !== AST_NODE_TYPES.Identifier) return null;
  for (const statement of program.body) {
    const declared = statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration ? statement.declaration : statement;
    if (declared.type === AST_NODE_TYPES.FunctionDeclaration && declared.id?.name === expression.name && declared.body) {
      return neverWritten(declared, scopes) ? declared : null;
    }
    if (declared.type !== AST_NODE_TYPES.VariableDeclaration || declared.kind !== "const") continue;
    for (const declarator of declared.declarations) {
      const init = declarator.init ? unwrapExpression(declarator.init) : null;
      const isFunction = init?.type === AST_NODE_TYPES.FunctionExpression || init?.type === AST_NODE_TYPES.ArrowFunctionExpression;
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === expression.name && isFunction) return init;
    }
  }
  return null;
}

function neverWritten(declaration: TSESTree.FunctionDeclaration, scopes: ScopeLookup): boolean {
  return scopes
    .getDeclaredVariables(declaration)
    .filter((variable) => variable.name === declaration.id?.name)
    .every((variable) => variable.references.every((reference) => !reference.isWrite()));
}
