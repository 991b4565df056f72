// A hand-over through a method the class inherits from a base class in another module of the project:
// `class PgTabClient extends BasicClient { … this.pushConnection(tabId, conn) }`, where `BasicClient` (imported from
// "./basic-client") stores `conn` in a Map. Same-file helpers are followed path by path (lifetime.ts); a base class
// elsewhere is only read, once per version of its file (bounded cache), and a method counts as a hand-over only when
// its first statement that can do anything stores the parameter: nothing before it may call, throw, return or await,
// so the store happens whenever the method is called. Anything else (a check that throws first, a base class we cannot
// read) leaves the call an ordinary use.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { someNodeBelow } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { enclosingClassBody, memberChainRoot, memberPropertyName, parentSkippingWrappers, requiredModule, unwrapExpression } from "../node-shapes.js";
import { resolveLocalModule, type ModuleParser } from "../pools/module-pools.js";
import { summarizedClasses, type ClassSummaries } from "./module-class-summaries.js";

export { exportedClasses } from "./module-class-summaries.js";

/** Per exported class of a module: method name → indexes of the parameters it stores on entry. */
type StoringMethods = Map<string, Map<string, ReadonlySet<number>>>;

const summaries: ClassSummaries<Map<string, ReadonlySet<number>>> = new Map();
/** `this.x.set(k, v)`, `this.x.push(v)`: the collection methods that keep their argument. */
const STORING_METHODS = new Set(["set", "push", "add", "unshift"]);

/**
 * Whether `identifier`, an argument of `this.method(…)` in a class that does not declare `method`, is stored by the
 * method the class inherits from a base class imported from a local module.
 */
export function storedByInheritedMethod(
  identifier: TSESTree.Identifier,
  sourceCode: TSESLint.SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): boolean {
  const call = parentSkippingWrappers(identifier);
  if (call?.type !== AST_NODE_TYPES.CallExpression || !path.isAbsolute(filename)) return false;
  const index = call.arguments.indexOf(identifier);
  const callee = unwrapExpression(call.callee);
  if (index < 0 || call.arguments.slice(0, index).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return false;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = memberPropertyName(callee);
  const body = enclosingClassBody(callee);
  if (name === null || !body || declaresMember(body, name)) return false;
  const superClass = body.parent.superClass ? unwrapExpression(body.parent.superClass) : null;
  if (superClass?.type !== AST_NODE_TYPES.Identifier) return false;
  const origin = importOrigin(sourceCode, superClass);
  if (!origin) return false;
  const file = resolveLocalModule(filename, origin.source);
  if (!file) return false;
  return storingMethods(file, parser).get(origin.name)?.get(name)?.has(index) === true;
}

/** The class body declares a member `name` (a method, accessor or field, private names included). */
export function declaresMember(body: TSESTree.ClassBody, name: string): boolean {
  return body.body.some(
    (element) =>
      "key" in element &&
      !element.computed &&
      (element.key.type === AST_NODE_TYPES.Identifier || element.key.type === AST_NODE_TYPES.PrivateIdentifier) &&
      element.key.name === name,
  );
}

/**
 * `import { Base } from "./base"` / `import Base from "./base"` / `const { Base } = require("./base")`; TypeScript's
 * `import db = require("./db")` is the module's value, as `const db = require("./db")` (gaps-33).
 */
export function importOrigin(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): { source: string; name: string } | null {
  const definition = findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
  if (!definition) return null;
  if (definition.type === "ImportBinding") {
    const specifier = definition.node;
    if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = specifier.moduleReference;
      if (specifier.importKind === "type" || reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return null;
      return { source: reference.expression.value, name: "default" };
    }
    const declaration = specifier.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { source: declaration.source.value, name: "default" };
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return null;
    const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
    return { source: declaration.source.value, name: imported };
  }
  if (definition.type !== "Variable" || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  const pattern = definition.node.id;
  const member = requiredMember(definition.node.init);
  if (member && pattern.type === AST_NODE_TYPES.Identifier) return member;
  const source = requiredModule(definition.node.init);
  if (source === null) return null;
  if (pattern.type === AST_NODE_TYPES.Identifier) return { source, name: "default" };
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.value !== definition.name) continue;
    if (property.key.type === AST_NODE_TYPES.Identifier) return { source, name: property.key.name };
  }
  return null;
}

/** `require("./db").getClient`: the module and the export named, else null. */
export function requiredMember(init: TSESTree.Node | null | undefined): { source: string; name: string } | null {
  const node = init ? unwrapExpression(init) : null;
  if (node?.type !== AST_NODE_TYPES.MemberExpression) return null;
  const source = requiredModule(node.object);
  const name = memberPropertyName(node);
  return source !== null && name !== null ? { source, name } : null;
}

/** The storing methods of each exported class of the module at `file`, read once per version of the file. */
function storingMethods(file: string, parser: ModuleParser | undefined): StoringMethods {
  return summarizedClasses(summaries, file, parser, methodsOf);
}

function methodsOf(declaration: TSESTree.ClassDeclaration): Map<string, ReadonlySet<number>> {
  const methods = new Map<string, ReadonlySet<number>>();
  for (const element of declaration.body.body) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== "method" || element.static || element.computed) continue;
    if (element.key.type !== AST_NODE_TYPES.Identifier || !element.value.body) continue;
    const stored = new Set<number>();
    element.value.params.forEach((param, index) => {
      if (param.type === AST_NODE_TYPES.Identifier && storesFirst(element.value.body!.body, param.name)) stored.add(index);
    });
    // Overloads: more than one body of the same name is a method we cannot pick.
    methods.set(element.key.name, methods.has(element.key.name) ? new Set() : stored);
  }
  return methods;
}

/** The first statement that can do anything stores `name` on `this`; the ones before it only declare or assign. */
function storesFirst(statements: readonly TSESTree.Statement[], name: string): boolean {
  for (const statement of statements) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && storesOnThis(statement.expression, name)) return true;
    if (!isInert(statement)) return false;
  }
  return false;
}

/** `this.a = p`, `this.a[k] = p`, `this.a.set(k, p)`, `this.a.push(p)`. */
function storesOnThis(expression: TSESTree.Expression, name: string): boolean {
  const isParam = (node: TSESTree.Node | undefined) =>
    node !== undefined && unwrapExpression(node).type === AST_NODE_TYPES.Identifier && (unwrapExpression(node) as TSESTree.Identifier).name === name;
  if (expression.type === AST_NODE_TYPES.AssignmentExpression) {
    return expression.operator === "=" && rootedAtThis(expression.left) && isParam(expression.right);
  }
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(expression.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !rootedAtThis(callee.object)) return false;
  const method = memberPropertyName(callee);
  if (method === null || !STORING_METHODS.has(method)) return false;
  return method === "set" ? isParam(expression.arguments[1]) : expression.arguments.some(isParam);
}

function rootedAtThis(node: TSESTree.Node): boolean {
  return memberChainRoot(node).type === AST_NODE_TYPES.ThisExpression;
}

/** A statement with no call, `new`, `await`, `yield`, `throw`, `return` or nested function anywhere in it. */
function isInert(statement: TSESTree.Node): boolean {
  return !someNodeBelow([statement], (node) => {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.ThrowStatement:
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.TaggedTemplateExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        return true;
      default:
        return false;
    }
  });
}
