// Which names in a file stand for node-postgres: the `pg` module itself, its `Pool` class or its `Client` class,
// reached through `import`, `import = require`, `require()`, `await import()`, destructuring and aliases.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import { findVariable, implicitGlobalValue } from "../find-variable.js";
import { memberPropertyName, packageSpecifier, requiredModule, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** What a binding is: the pg module (`pg`), the Pool class, the Client class (one connection, not a pool), or neither. */
export type PgBinding = "module" | "pool-class" | "client-class" | null;

/**
 * Modules whose default / namespace export is the module object with a `Pool` member: pg, and
 * @neondatabase/serverless, whose `Pool` is pg's own class run over a WebSocket.
 */
const MODULE_SOURCES = new Set(["pg", "@neondatabase/serverless"]);
/** Modules whose default export is the Pool class itself. */
const POOL_CLASS_SOURCES = new Set(["pg-pool"]);
/** Alias chains longer than this are not followed (and cycles end here). */
const MAX_DEPTH = 8;

/** What the module specifier `source` exports as a whole (its default or namespace). */
function wholeModule(source: unknown): PgBinding {
  if (typeof source !== "string") return null;
  if (MODULE_SOURCES.has(source)) return "module";
  if (POOL_CLASS_SOURCES.has(source)) return "pool-class";
  return null;
}

/** What the expression evaluates to in pg terms; identifiers are looked up from the scope they appear in. */
export function bindingOfExpression(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): PgBinding {
  if (depth > MAX_DEPTH) return null;
  const current = unwrapExpression(node);
  const source = requiredModule(current);
  if (source !== null) {
    // `await import("pg-pool")` yields a namespace whose default is the class; only `require` gives the class.
    return current.type === AST_NODE_TYPES.CallExpression || MODULE_SOURCES.has(source) ? wholeModule(source) : null;
  }
  if (current.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(sourceCode.getScope(current), current);
    if (variable) return bindingOfVariable(variable, sourceCode, depth + 1);
    const value = implicitGlobalValue(sourceCode, current);
    return value ? bindingOfExpression(value, sourceCode, depth + 1) : null;
  }
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberPropertyName(current);
    const owner = bindingOfExpression(current.object, sourceCode, depth + 1);
    if (owner !== "module") return null;
    if (name === "Pool") return "pool-class";
    if (name === "Client") return "client-class";
    // `pg.native.Pool` and the ESM interop `(await import("pg")).default.Pool`
    if (name === "native" || name === "default") return "module";
  }
  return null;
}

/** What a variable is bound to, following its definition (import, require, destructuring, alias). */
export function bindingOfVariable(variable: Variable, sourceCode: SourceCode, depth = 0): PgBinding {
  if (depth > MAX_DEPTH) return null;
  for (const definition of variable.defs) {
    const found = bindingOfDefinition(definition, variable, sourceCode, depth);
    if (found) return found;
  }
  return null;
}

function bindingOfDefinition(
  definition: TSESLint.Scope.Definition,
  variable: Variable,
  sourceCode: SourceCode,
  depth: number,
): PgBinding {
  const { node } = definition;
  if (definition.type === DefinitionType.ImportBinding) {
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = node.moduleReference;
      return reference.type === AST_NODE_TYPES.TSExternalModuleReference ? wholeModule(reference.expression.value) : null;
    }
    const declaration = node.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const source = packageSpecifier(declaration.source.value);
    if (node.type === AST_NODE_TYPES.ImportDefaultSpecifier) return wholeModule(source);
    if (node.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return MODULE_SOURCES.has(source) ? "module" : null;
    if (node.type === AST_NODE_TYPES.ImportSpecifier) {
      const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
      if (MODULE_SOURCES.has(source) && imported === "Pool") return "pool-class";
      if (MODULE_SOURCES.has(source) && imported === "Client") return "client-class";
      if (imported === "default") return wholeModule(source);
    }
    return null;
  }
  if (definition.type !== DefinitionType.Variable) return null;
  if (node.type !== AST_NODE_TYPES.VariableDeclarator || !node.init) return null;
  if (node.id.type === AST_NODE_TYPES.Identifier) return bindingOfExpression(node.init, sourceCode, depth + 1);
  if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
    // `const { Pool } = require("pg")`, `const { Pool: PgPool } = pg`, `const { default: pg } = await import("pg")`
    const property = node.id.properties.find(
      (candidate): candidate is TSESTree.Property =>
        candidate.type === AST_NODE_TYPES.Property &&
        unwrapDefault(candidate.value).type === AST_NODE_TYPES.Identifier &&
        (unwrapDefault(candidate.value) as TSESTree.Identifier).name === variable.name,
    );
    if (!property || property.computed) return null;
    const key = propertyKeyName(property);
    const owner = bindingOfExpression(node.init, sourceCode, depth + 1);
    if (owner !== "module") return null;
    if (key === "Pool") return "pool-class";
    if (key === "Client") return "client-class";
    if (key === "default" || key === "native") return "module";
  }
  return null;
}

function propertyKeyName(property: TSESTree.Property): string | null {
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
  return null;
}

function unwrapDefault(node: TSESTree.Node): TSESTree.Node {
  return node.type === AST_NODE_TYPES.AssignmentPattern ? node.left : node;
}

/** `new Pool(...)`, `new pg.Pool(...)`, `new PgPool(...)` with the constructor traced back to pg / pg-pool. */
export function isPoolConstruction(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const current = unwrapExpression(node);
  if (current.type !== AST_NODE_TYPES.NewExpression) return false;
  // Likewise a member is the Pool class only when it is named `Pool` (see isClientConstruction).
  const callee = unwrapExpression(current.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(callee) !== "Pool") return false;
  return bindingOfExpression(callee, sourceCode) === "pool-class";
}

/** `new Client(...)`, `new pg.Client(...)` with the constructor traced back to pg: one connection, not a pool. */
export function isClientConstruction(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const current = unwrapExpression(node);
  if (current.type !== AST_NODE_TYPES.NewExpression) return false;
  // `new pg.Pool(…)`, `new x.Foo(…)`: a member is the Client class only when it is named `Client`
  // (bindingOfExpression), so the pool matcher, which asks this of every pool variable first, looks up no module
  // for them.
  const callee = unwrapExpression(current.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(callee) !== "Client") return false;
  return bindingOfExpression(callee, sourceCode) === "client-class";
}
