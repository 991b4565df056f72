// The checkout methods of the classes a local module exports: `export class PostgresDB { connect() { return
// this.pool.connect(); } }`, `export class Pg { getClient() { return this.pool.connect() } }`. A project that wraps its
// pool in a class of its own hands out pool clients through that method exactly as a pool does, so
// `const client = await this.pg.getClient()` — `pg` an instance of the imported class — is a checkout the caller must
// release (lifetime/class-checkouts.ts). A method qualifies by its shape (checkout-functions.ts: every value it
// returns is a no-argument `X.connect()`, or a variable of its own holding one), never by its name, and only where the
// module says `X` is a pg pool: it imports pg itself (a class around a redis or MongoDB client, whose `connect()` has
// the same shape, is not one), or `X` is a pool another local module exports — `this.pool` that the class sets only
// from `const { dbPool } = require("./db")` (maximecloarec/Classroom's AbstractRepository), or that binding itself.
// Read with the rest of the module's summary, once per version of the file (module-pools.ts).
// A module may hand out one instance instead of the class: `class DbPool { getConnection() { return
// this.pool.connect(); } }` then `export const dbPool = new DbPool(20)` (droderuan/node-rinha-backend-2024q1), the
// caller's `await dbPool.getConnection()` a checkout as well (exportedInstanceCheckouts, the same test of the methods).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { exportedClasses } from "../lifetime/inherited-hand-over.js";
import { commonJsExports, memberPropertyName, methodCall, unwrapExpression } from "../node-shapes.js";
import { returnsOnlyCheckouts } from "./checkout-functions.js";
import { OTHER_CLIENT_PACKAGE } from "./exported-functions.js";

/** Per exported class (by export name, "default" for the module's value): the names of its checkout methods. */
export type ClassCheckouts = ReadonlyMap<string, ReadonlySet<string>>;

export const NO_CLASS_CHECKOUTS: ClassCheckouts = new Map();

/**
 * The checkout methods of the module's exported classes. In a module that does not import pg, only those whose every
 * `connect()` is on a pool of another local module: `importedPool(name)` says whether a top-level binding is one.
 */
export function exportedClassCheckouts(
  program: TSESTree.Program,
  text: string,
  importsPg: boolean,
  importedPool: (name: string) => boolean = () => false,
): ClassCheckouts {
  if (OTHER_CLIENT_PACKAGE.test(text)) return NO_CLASS_CHECKOUTS;
  const found = new Map<string, ReadonlySet<string>>();
  for (const [name, declaration] of exportedClasses(program)) {
    const methods = checkoutMethods(declaration.body, program);
    if (!importsPg) {
      for (const method of methods) if (!connectsOnlyImportedPools(declaration.body, method, importedPool)) methods.delete(method);
    }
    if (methods.size > 0) found.set(name, methods);
  }
  return found;
}

/**
 * The checkout methods of the instances the module exports: a top-level `const x = new C(…)` of a class `C` the module
 * declares at its top level (exported or not), exported as `export const x = new C()`, `export { x }`, `module.exports =
 * { x }` or `exports.x = x` (by that name), or `export default new C()` / `module.exports = new C()` ("default"). The
 * methods pass exportedClassCheckouts's test; only a `const` is read, which nothing assigns again.
 */
export function exportedInstanceCheckouts(
  program: TSESTree.Program,
  text: string,
  importsPg: boolean,
  importedPool: (name: string) => boolean = () => false,
): ClassCheckouts {
  if (OTHER_CLIENT_PACKAGE.test(text) || !text.includes("new ")) return NO_CLASS_CHECKOUTS;
  const classes = new Map<string, TSESTree.ClassDeclaration>();
  const instances = new Map<string, TSESTree.ClassDeclaration>();
  const constructed = (node: TSESTree.Node | null | undefined): TSESTree.ClassDeclaration | undefined => {
    const value = node ? unwrapExpression(node) : null;
    const callee = value?.type === AST_NODE_TYPES.NewExpression ? unwrapExpression(value.callee) : null;
    return callee?.type === AST_NODE_TYPES.Identifier ? classes.get(callee.name) : undefined;
  };
  const statements = program.body.map((statement) =>
    (statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) && statement.declaration
      ? statement.declaration
      : statement,
  );
  for (const statement of statements) {
    if (statement.type === AST_NODE_TYPES.ClassDeclaration && statement.id) classes.set(statement.id.name, statement);
  }
  if (classes.size === 0) return NO_CLASS_CHECKOUTS;
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== "const") continue;
    for (const declarator of statement.declarations) {
      const declaration = declarator.id.type === AST_NODE_TYPES.Identifier ? constructed(declarator.init) : undefined;
      if (declaration) instances.set((declarator.id as TSESTree.Identifier).name, declaration);
    }
  }
  const exported = new Map<string, TSESTree.ClassDeclaration>();
  const add = (name: string | null, node: TSESTree.Node | null | undefined) => {
    const value = node ? unwrapExpression(node) : null;
    const declaration = value?.type === AST_NODE_TYPES.Identifier ? instances.get(value.name) : constructed(value);
    if (name !== null && declaration) exported.set(name, declaration);
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.source) {
      if (statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of statement.declaration.declarations) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier) add(declarator.id.name, declarator.id);
        }
      }
      for (const specifier of statement.specifiers) {
        add(specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value, specifier.local);
      }
    }
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) add("default", statement.declaration);
    if (statement.type === AST_NODE_TYPES.ExpressionStatement) for (const { name, value } of commonJsExports(statement.expression)) add(name, value);
  }
  const found = new Map<string, ReadonlySet<string>>();
  for (const [name, declaration] of exported) {
    const methods = checkoutMethods(declaration.body, program);
    if (!importsPg) {
      for (const method of methods) if (!connectsOnlyImportedPools(declaration.body, method, importedPool)) methods.delete(method);
    }
    if (methods.size > 0) found.set(name, methods);
  }
  return found;
}

/**
 * Every no-argument `X.connect()` of the method (not of a function nested in it) is on an imported pool: `X` a binding
 * `importedPool` knows, or `this.f` where every value the class assigns to `f` (a field's initialiser, `this.f = v`
 * anywhere in its body) is one, and it assigns at least one.
 */
function connectsOnlyImportedPools(body: TSESTree.ClassBody, method: string, importedPool: (name: string) => boolean): boolean {
  const element = body.body.find((e) => (e.type === AST_NODE_TYPES.MethodDefinition || e.type === AST_NODE_TYPES.PropertyDefinition) && !e.static && !e.computed && e.key.type === AST_NODE_TYPES.Identifier && e.key.name === method);
  const fn = element && "value" in element ? element.value : null;
  if (!fn || !isFunction(fn)) return false;
  const isPool = (node: TSESTree.Node): boolean => {
    const value = unwrapExpression(node);
    if (value.type === AST_NODE_TYPES.Identifier) return importedPool(value.name);
    const field = value.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(value.object).type === AST_NODE_TYPES.ThisExpression ? memberPropertyName(value) : null;
    return field !== null && fieldHoldsOnly(body, field, (assigned) => unwrapExpression(assigned).type === AST_NODE_TYPES.Identifier && importedPool((unwrapExpression(assigned) as TSESTree.Identifier).name));
  };
  let connects = 0;
  const other = someNodeBelow([fn.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length > 0) return false;
    const call = methodCall(node);
    if (call?.name !== "connect") return false;
    connects += 1;
    return !isPool(call.object);
  });
  return !other && connects > 0;
}

/** The class assigns `this.<field>` (or declares the field with a value) at least once, and every value passes `test`. */
function fieldHoldsOnly(body: TSESTree.ClassBody, field: string, test: (value: TSESTree.Node) => boolean): boolean {
  let assigned = 0;
  const other = someNodeBelow([body.body], (node) => {
    if (node.type === AST_NODE_TYPES.PropertyDefinition && !node.static && !node.computed && node.key.type === AST_NODE_TYPES.Identifier && node.key.name === field) {
      if (!node.value) return false;
      assigned += 1;
      return !test(node.value);
    }
    if (node.type !== AST_NODE_TYPES.AssignmentExpression) return false;
    const left = unwrapExpression(node.left);
    if (left.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(left.object).type !== AST_NODE_TYPES.ThisExpression || memberPropertyName(left) !== field) return false;
    assigned += 1;
    return node.operator !== "=" || !test(node.right);
  });
  return !other && assigned > 0;
}

/**
 * The instance methods of a class body whose every returned value is a pool checkout: `connect() { return
 * this.pool.connect(); }`, `getClient = () => this.pool.connect()`. A name declared twice (overloads, a getter and a
 * method) is left out: which body runs is not the shape's to say.
 */
export function checkoutMethods(body: TSESTree.ClassBody, program: TSESTree.Program): Set<string> {
  const methods = new Set<string>();
  const seen = new Set<string>();
  for (const element of body.body) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) continue;
    if (element.static || element.computed || element.key.type !== AST_NODE_TYPES.Identifier) continue;
    const name = element.key.name;
    if (seen.has(name)) {
      methods.delete(name);
      continue;
    }
    seen.add(name);
    const value = element.type === AST_NODE_TYPES.MethodDefinition ? (element.kind === "method" ? element.value : null) : element.value;
    if (value && returnsOnlyCheckouts(value, program)) methods.add(name);
  }
  return methods;
}
