// Calls of the project's own helpers that cannot throw, known from the helper's body. The model (throw-points.ts)
// counts every call as able to throw because it cannot see into most callees; a helper it CAN read — a function or
// arrow declared in the same file, a function exported by a local module (`import { tablesFor } from "./sql"`) or
// re-exported by name there from the module that declares it, one level (module-reexports.ts: slonik's 2018
// `utilities/index.js` gathering `mapTaggedTemplateLiteralInvocation`), a
// method of the enclosing class or of its base class (same file or a local module), a method of the object a same-file
// factory returns (factory-object-methods.ts) — is judged by the same model:
// its call is no throw point when its body has none (no `throw`, no `await`, no call or `new` the model counts,
// outside the block of a `try` whose `catch` receives what it throws). A helper of the same file may call functions
// of the same file whose own bodies have none (two levels: Kojo-Brown/boilerplate-express-ts's unlockQuietly formats
// its log line with formatAdvisoryLockKey), and `process.exit(…)`, which ends the process rather than throwing
// (doron2402/hapi-postgres-pool's example counts finished checkouts and exits after the last); a local module's
// helper is read one level deep. A helper's body may also call a package function known not to throw
// (throw-free-packages.ts: kleur's `red(e.message)` in a same-file error printer). An `async` helper (function,
// arrow or method, not a generator) is no throw point when called without `await`, whatever its body: its body and
// even its parameters' defaults run under the promise it returns, so an error becomes a rejection, never a throw at
// the call (kkumarcodes/Shopmost's installer calls its query builder's async `rollback(connection)` before exiting).
// Awaiting a helper that
// cannot throw is no throw point either when it returns only plain values (literals, object or array literals,
// arithmetic), never a promise of its own that could reject. Anything not resolved with
// certainty — a binding that is reassigned or declared twice, an overload, a computed or dynamic callee, a module
// that cannot be read — stays "can throw". Only calls made while a client is held are asked about (lifetime.ts), a
// function's verdict is memoised per node (throw-points.ts), and a local module is read once per version of its file
// (bounded cache), like the modules read for pools.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { statSync } from "node:fs";
import path from "node:path";
import { someNodeBelow } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { isWrittenAgain } from "../variable-references.js";
import { commonJsExports, enclosingClassBody, memberPropertyName, unwrapExpression } from "../node-shapes.js";
import { parsedFileKey, readModuleProgram, resolveLocalModule, type ModuleParser } from "../pools/module-pools.js";
import { exportedClasses, importOrigin } from "./inherited-hand-over.js";
import { moduleReexports, type Reexport } from "./module-reexports.js";
import { factoryObjectMethods } from "./factory-object-methods.js";
import { isProcessExit } from "./process-exit.js";
import { classBuildsThrowFree } from "./throw-free-classes.js";
import { isThrowFreePackageCall } from "./throw-free-packages.js";
import { functionHasThrowPoint } from "./throw-points.js";

type FunctionValue = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * What a local module offers: export name → throw-free; class export name → method name → throw-free; class export
 * name → whether building an instance cannot throw (throw-free-classes.ts).
 */
interface ModuleHelpers {
  functions: ReadonlyMap<string, boolean>;
  /** Names the module re-exports from another (module-reexports.ts), judged in that module, one level. */
  reexports: ReadonlyMap<string, Reexport>;
  classes: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
  constructions: ReadonlyMap<string, boolean>;
}

const MAX_ENTRIES = 500;
const summaries = new Map<string, { mtimeMs: number; size: number; helpers: ModuleHelpers }>();
const EMPTY: ModuleHelpers = { functions: new Map(), reexports: new Map(), classes: new Map(), constructions: new Map() };

/**
 * Whether a call's callee is a helper of the project, read, whose body has no throw point; with `awaited`, whether
 * awaiting that call cannot throw either (the helper returns only plain values). Awaited helpers of a local module
 * are not judged (their summaries keep no return values): awaiting them stays a throw point.
 */
export type ThrowFreeHelper = (call: TSESTree.CallExpression, awaited?: boolean) => boolean;

export function throwFreeHelpers(sourceCode: TSESLint.SourceCode, filename: string, parser: ModuleParser | undefined): ThrowFreeHelper {
  const canReadModules = path.isAbsolute(filename);
  const moduleOf = (source: string): ModuleHelpers => {
    const file = canReadModules ? resolveLocalModule(filename, source) : null;
    return file ? moduleHelpers(file, parser) : EMPTY;
  };
  /** An imported function that cannot throw: exported by the module itself, or re-exported there from a module that does. */
  const importedThrowFree = (source: string, name: string): boolean => {
    const file = canReadModules ? resolveLocalModule(filename, source) : null;
    if (!file) return false;
    const helpers = moduleHelpers(file, parser);
    const own = helpers.functions.get(name);
    if (own !== undefined) return own;
    const origin = helpers.reexports.get(name);
    const next = origin ? resolveLocalModule(file, origin.source) : null;
    return origin !== undefined && next !== null && moduleHelpers(next, parser).functions.get(origin.name) === true;
  };
  /**
   * A call, in a helper's body, of a function of this file whose own body has no throw point (the second level); or
   * `process.exit(…)`, which ends the process instead of returning or throwing (process-exit.ts).
   */
  const callsThrowFreeLocal = (node: TSESTree.Node): boolean => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    if (isProcessExit(sourceCode, node) || isThrowFreePackageCall(sourceCode, node)) return true;
    const callee = unwrapExpression(node.callee);
    const variable = callee.type === AST_NODE_TYPES.Identifier ? soleBinding(sourceCode, callee) : null;
    const fn = variable ? localFunction(variable) : null;
    return fn !== null && isThrowFree(fn);
  };
  const judge = (fn: FunctionValue, awaited: boolean): boolean =>
    (!awaited && rejectsInsteadOfThrowing(fn)) || (!functionHasThrowPoint(fn, callsThrowFreeLocal) && (!awaited || returnsPlainValues(fn)));
  return (call, awaited = false) => {
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const variable = soleBinding(sourceCode, callee);
      if (!variable) return false;
      const fn = localFunction(variable);
      if (fn) return judge(fn, awaited);
      const origin = importOrigin(sourceCode, callee);
      return !awaited && origin !== null && importedThrowFree(origin.source, origin.name);
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
    const name = memberPropertyName(callee);
    if (name === null) return false;
    const object = unwrapExpression(callee.object);
    // `w.cleanup()` on what a same-file factory returns: the method of each object literal it can return.
    const made = factoryObjectMethods(sourceCode, object, name);
    if (made) return made.every((fn) => judge(fn, awaited));
    const built = builtClass(sourceCode, object);
    if (built?.type === "imported") return !awaited && moduleOf(built.source).classes.get(built.name)?.get(name) === true;
    const body = built?.type === "local" ? built.body : instanceClassBody(sourceCode, object);
    if (!body) return false;
    const own = classMethod(body, name);
    if (own !== "absent") return own !== null && judge(own, awaited);
    // Not declared here: the method of the direct base class, declared in this file or exported by a local module.
    const base = body.parent.superClass ? unwrapExpression(body.parent.superClass) : null;
    if (base?.type !== AST_NODE_TYPES.Identifier || name.startsWith("#")) return false;
    const baseVariable = soleBinding(sourceCode, base);
    const definition = baseVariable?.defs[0];
    if (definition?.type === "ClassName" && definition.node.type === AST_NODE_TYPES.ClassDeclaration) {
      const inherited = classMethod(definition.node.body, name);
      return inherited !== "absent" && inherited !== null && judge(inherited, awaited);
    }
    const origin = baseVariable ? importOrigin(sourceCode, base) : null;
    return !awaited && origin !== null && moduleOf(origin.source).classes.get(origin.name)?.get(name) === true;
  };
}

/**
 * `new Name(…)` of a class imported from a local module (`import Connection from "./Connection"`, or required) that
 * exports it with a constructor that cannot throw: read once per version of the module's file, like its helpers.
 */
export function importedClassBuildsThrowFree(
  sourceCode: TSESLint.SourceCode,
  callee: TSESTree.Identifier,
  filename: string,
  parser: ModuleParser | undefined,
): boolean {
  const origin = path.isAbsolute(filename) ? importOrigin(sourceCode, callee) : null;
  const file = origin ? resolveLocalModule(filename, origin.source) : null;
  return origin !== null && file !== null && moduleHelpers(file, parser).constructions.get(origin.name) === true;
}

/** A value whose making runs nothing and which is no promise: what an awaited helper may return. */
function isPlainValue(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.BinaryExpression:
      return true;
    case AST_NODE_TYPES.Identifier:
      return value.name === "undefined";
    default:
      return false;
  }
}

/**
 * Every value `fn` returns is plain (or none), so the promise an async helper returns resolves when its body cannot
 * throw, and awaiting a plain helper's result cannot reject.
 */
function returnsPlainValues(fn: FunctionValue): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isPlainValue(fn.body);
  return !someNodeBelow([fn.body], (node) => {
    if (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration) {
      return "skip";
    }
    return node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null && !isPlainValue(node.argument);
  });
}

function isThrowFree(fn: FunctionValue): boolean {
  return rejectsInsteadOfThrowing(fn) || !functionHasThrowPoint(fn);
}

/**
 * An `async` function or arrow: calling it runs its parameters' defaults and its body under the promise it returns,
 * so what they throw rejects that promise instead. An async generator is left out: its parameters' defaults run at
 * the call, and throw there.
 */
function rejectsInsteadOfThrowing(fn: FunctionValue): boolean {
  return fn.async && !fn.generator;
}

/**
 * The variable `identifier` names when it has one declaration and is never assigned again; null otherwise. With
 * `shape`, also null when that declaration fails it: tested before the variable's references are read, for callers
 * that want only one shape of declaration.
 */
function soleBinding(
  sourceCode: TSESLint.SourceCode,
  identifier: TSESTree.Identifier,
  shape?: (definition: TSESLint.Scope.Definition) => boolean,
): TSESLint.Scope.Variable | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return null;
  if (shape && !shape(variable.defs[0]!)) return null;
  return isWrittenAgain(variable) ? null : variable;
}

/** A declarator `name = value` whose value, unwrapped, is of node type `type` (builtClass, instanceClassBody). */
function declaredAs(definition: TSESLint.Scope.Definition, type: AST_NODE_TYPES): boolean {
  return (
    definition.type === "Variable" &&
    definition.node.type === AST_NODE_TYPES.VariableDeclarator &&
    definition.node.id === definition.name &&
    definition.node.init !== null &&
    unwrapExpression(definition.node.init).type === type
  );
}
const declaredAsNew = (definition: TSESLint.Scope.Definition): boolean => declaredAs(definition, AST_NODE_TYPES.NewExpression);
const declaredAsThis = (definition: TSESLint.Scope.Definition): boolean => declaredAs(definition, AST_NODE_TYPES.ThisExpression);

/** `function helper() {…}` or `const helper = () => …` / `= function () {…}` declared in this file. */
function localFunction(variable: TSESLint.Scope.Variable): FunctionValue | null {
  const definition = variable.defs[0]!;
  if (definition.type === "FunctionName" && definition.node.type === AST_NODE_TYPES.FunctionDeclaration) return definition.node;
  if (definition.type !== "Variable" || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  if (definition.node.id !== definition.name || !definition.node.init) return null;
  return functionValue(definition.node.init);
}

function functionValue(node: TSESTree.Node): FunctionValue | null {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression ? value : null;
}

/**
 * The class whose instance `object` is: `this` in a method (or an arrow inside one), or `self` after `const self =
 * this` there. Null for `this` of a plain function, a static method, or anything else.
 */
function instanceClassBody(sourceCode: TSESLint.SourceCode, object: TSESTree.Node): TSESTree.ClassBody | null {
  if (object.type === AST_NODE_TYPES.ThisExpression) return enclosingClassBody(object);
  if (object.type !== AST_NODE_TYPES.Identifier) return null;
  const definition = soleBinding(sourceCode, object, declaredAsThis)?.defs[0];
  if (definition?.type !== "Variable" || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  const init = definition.node.init ? unwrapExpression(definition.node.init) : null;
  return init?.type === AST_NODE_TYPES.ThisExpression && definition.node.id === definition.name ? enclosingClassBody(init) : null;
}

/**
 * The class `object` was built from: a `const` never assigned again whose initialiser is `new Name(…)`, Name a class
 * declared in this file or imported from a local module (`const connection = new Connection(client, handlers)`). The
 * instance's own methods are its class's, whatever base class it has; a method it does not declare is not looked for.
 */
function builtClass(
  sourceCode: TSESLint.SourceCode,
  object: TSESTree.Node,
): { type: "local"; body: TSESTree.ClassBody } | { type: "imported"; source: string; name: string } | null {
  if (object.type !== AST_NODE_TYPES.Identifier) return null;
  const definition = soleBinding(sourceCode, object, declaredAsNew)?.defs[0];
  if (definition?.type !== "Variable" || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  if (definition.parent.kind !== "const" || definition.node.id !== definition.name || !definition.node.init) return null;
  const init = unwrapExpression(definition.node.init);
  if (init.type !== AST_NODE_TYPES.NewExpression) return null;
  const callee = unwrapExpression(init.callee);
  const variable = callee.type === AST_NODE_TYPES.Identifier ? soleBinding(sourceCode, callee) : null;
  const classDefinition = variable?.defs[0];
  if (classDefinition?.type === "ClassName" && classDefinition.node.type === AST_NODE_TYPES.ClassDeclaration) {
    return { type: "local", body: classDefinition.node.body };
  }
  const origin = variable && callee.type === AST_NODE_TYPES.Identifier ? importOrigin(sourceCode, callee) : null;
  return origin ? { type: "imported", ...origin } : null;
}

/**
 * The one instance method `name` a class body declares: "absent" when it declares no member of that name, null when
 * the member is not a plain method with a body (a field, an accessor, an abstract method, overloads).
 */
function classMethod(body: TSESTree.ClassBody, name: string): FunctionValue | null | "absent" {
  const members = body.body.filter(
    (element) =>
      "key" in element &&
      !element.computed &&
      (element.key.type === AST_NODE_TYPES.Identifier || element.key.type === AST_NODE_TYPES.PrivateIdentifier) &&
      (element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : element.key.name) === name,
  );
  if (members.length === 0) return "absent";
  const [member] = members;
  if (members.length > 1 || member?.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== "method" || member.static) return null;
  return member.value.type === AST_NODE_TYPES.FunctionExpression && member.value.body ? member.value : null;
}

/** The throw-free helpers the module at `file` exports, read once per version of the file. */
function moduleHelpers(file: string, parser: ModuleParser | undefined): ModuleHelpers {
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    return EMPTY;
  }
  if (!stat?.isFile()) return EMPTY;
  const key = parsedFileKey(file, parser);
  const known = summaries.get(key);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.helpers;
  const program = readModuleProgram(file, parser);
  const helpers = program ? summarise(program) : EMPTY;
  summaries.delete(key);
  summaries.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, helpers });
  if (summaries.size > MAX_ENTRIES) summaries.delete(summaries.keys().next().value as string);
  return helpers;
}

function summarise(program: TSESTree.Program): ModuleHelpers {
  const assigned = assignedNames(program);
  /** Top-level functions by name; null for a name declared more than once (overloads) or assigned again. */
  const declared = new Map<string, FunctionValue | null>();
  const declare = (name: string, fn: FunctionValue | null) => declared.set(name, declared.has(name) || assigned.has(name) ? null : fn);
  const exported = new Map<string, FunctionValue | null>();
  const exportAs = (name: string | null, fn: FunctionValue | null | undefined) => {
    if (name !== null) exported.set(name, exported.has(name) ? null : (fn ?? null));
  };
  const byName = (node: TSESTree.Node) => {
    const value = unwrapExpression(node);
    return value.type === AST_NODE_TYPES.Identifier ? declared.get(value.name) : functionValue(value);
  };
  for (const statement of program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
        ? statement.declaration
        : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration || declaration?.type === AST_NODE_TYPES.TSDeclareFunction) {
      if (declaration.id) declare(declaration.id.name, declaration.type === AST_NODE_TYPES.FunctionDeclaration ? declaration : null);
    }
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
        const fn = declaration.kind === "const" && declarator.init ? functionValue(declarator.init) : null;
        declare(declarator.id.name, fn);
      }
    }
  }
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const declaration = statement.declaration;
      const fn = declaration.type === AST_NODE_TYPES.FunctionDeclaration ? (declaration.id ? declared.get(declaration.id.name) : declaration) : byName(declaration);
      exportAs("default", fn);
    } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.source) {
      const declaration = statement.declaration;
      if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) exportAs(declaration.id.name, declared.get(declaration.id.name));
      if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier) exportAs(declarator.id.name, declared.get(declarator.id.name));
        }
      }
      for (const specifier of statement.specifiers) {
        const name = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
        exportAs(name, byName(specifier.local));
      }
    } else if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
      for (const { name, value, method } of commonJsExports(statement.expression)) {
        exportAs(name, method ? functionValue(value) : byName(value));
      }
    }
  }
  const functions = new Map<string, boolean>();
  for (const [name, fn] of exported) functions.set(name, fn !== null && isThrowFree(fn));
  const classes = new Map<string, Map<string, boolean>>();
  const constructions = new Map<string, boolean>();
  for (const [name, declaration] of exportedClasses(program)) {
    constructions.set(name, classBuildsThrowFree(declaration));
    const methods = new Map<string, boolean>();
    for (const element of declaration.body.body) {
      if (element.type !== AST_NODE_TYPES.MethodDefinition || element.computed || element.key.type !== AST_NODE_TYPES.Identifier) continue;
      const method = classMethod(declaration.body, element.key.name);
      methods.set(element.key.name, method !== null && method !== "absent" && isThrowFree(method));
    }
    classes.set(name, methods);
  }
  return { functions, reexports: moduleReexports(program), classes, constructions };
}

/** Names assigned anywhere in the module (`helper = other`): such a binding is not the function it was declared as. */
function assignedNames(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  someNodeBelow([program.body], (node) => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.Identifier) names.add(node.left.name);
    return false;
  });
  return names;
}
