// Reads one module's top level for what it exports that is a pg pool, a checkout function, a class handing out
// checkouts or a submittable (module-pools.ts reads the file, caches the summary and resolves the other modules).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, packageSpecifier, requiredModule, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { requiredMember } from "../lifetime/inherited-hand-over.js";
import { returnsOnlyCheckouts } from "./checkout-functions.js";
import { exportedClassCheckouts, exportedInstanceCheckouts } from "./exported-classes.js";
import { exportedFunctions, type ExportedFunction } from "./exported-functions.js";
import { exportedSubmittables, SUBMITTABLE_SOURCE } from "./exported-submittables.js";
import { isOtherPackage, madeByPackage } from "./other-libraries.js";
import { providedPoolTokens, SAYS_PROVIDE } from "./provided-pools.js";
import type { ModulePools } from "./module-pools.js";

/** The module imports pg (or pg-pool). */
export const PG_SOURCE = /(?:require\s*\(|from|import\s*\()\s*["'](?:pg|pg-pool)["']/;

/** Reads one module's top level: its pg bindings, the variables holding pools, and what it exports. */
export class ModuleReader {
  /** Names bound to the Pool class (`import { Pool } from "pg"`, `const Pool = require("pg-pool")`, `require("pg").Pool`). */
  readonly #poolClasses = new Set<string>();
  /** Names bound to the pg module (`import pg from "pg"`, `const pg = require("pg")`). */
  readonly #pgModules = new Set<string>();
  /** Top-level variables holding a pool. */
  readonly #pools = new Set<string>();
  /** Top-level variables holding an object literal, for `module.exports = db` where `const db = { pool }`. */
  readonly #objects = new Map<string, TSESTree.ObjectExpression>();
  /** Top-level variables holding a relative module (`const pg = require("./pg")`), by their specifier. */
  readonly #requiredModules = new Map<string, string>();
  /** Top-level bindings of a relative module's export: `import { a } from "./db"`, `const { a } = require("./db")`. */
  readonly #localImports = new Map<string, { source: string; name: string }>();
  readonly #members = new Set<string>();
  /** Top-level bindings of another driver's package (`const sql = require("mssql")`, `import { createPool } from "mysql2"`). */
  readonly #otherPackages = new Map<string, string>();
  /** Top-level variables holding another driver's pool (`const pool = new sql.ConnectionPool(config)`). */
  readonly #otherPools = new Set<string>();
  readonly #otherMembers = new Set<string>();
  #otherWhole = false;
  /** Top-level functions by name, for an exported `connect` that is one of them. */
  readonly #functions = new Map<string, TSESTree.Node>();
  #program: TSESTree.Program | null = null;
  #whole = false;
  #checkouts = false;
  #exported = new Map<string, ExportedFunction>();

  /** `other(specifier)`: what the local module a specifier names exports (null when it names none). */
  constructor(private readonly other: (specifier: string) => ModulePools | null) {}

  read(program: TSESTree.Program, text: string): ModulePools {
    this.#program = program;
    // Two passes: bindings and pool variables first (a pool may be declared after the class import, exported before).
    for (const statement of program.body) this.#bindings(statement);
    for (const statement of program.body) this.#variables(statement);
    for (const statement of program.body) this.#exports(statement);
    const otherModule = (source: string, name: string) => {
      return this.other(source)?.functions.get(name) ?? null;
    };
    for (const [name, fn] of exportedFunctions(program, text, otherModule, PG_SOURCE.test(text))) this.#exported.set(name, fn);
    const classes = exportedClassCheckouts(program, text, PG_SOURCE.test(text), (name) => this.#importedPool(name));
    const instances = exportedInstanceCheckouts(program, text, PG_SOURCE.test(text), (name) => this.#importedPool(name));
    const submittables = SUBMITTABLE_SOURCE.test(text) ? exportedSubmittables(program) : new Set<string>();
    const provided = SAYS_PROVIDE.test(text) ? providedPoolTokens(program, (node) => this.#isPool(unwrapExpression(node))) : new Set<string>();
    const otherPools = { whole: this.#otherWhole, members: this.#otherMembers };
    return { whole: this.#whole, members: this.#members, checkouts: this.#checkouts, functions: this.#exported, classes, instances, submittables, provided, otherPools };
  }

  /** The top-level binding `name` holds a pool another local module exports (that module read only when asked). */
  #importedPool(name: string): boolean {
    const binding = this.#localImports.get(name);
    const other = binding ? this.other(binding.source) : null;
    if (!binding || !other) return false;
    return binding.name === "default" ? other.whole : other.members.has(binding.name);
  }

  /** Records `local` as bound to the export `name` of the relative module `source`. */
  #localImport(source: string, local: string, name: string): void {
    if (source.startsWith("./") || source.startsWith("../")) this.#localImports.set(local, { source, name });
  }

  /** `connect` exported as `value` (a function, or the name of a top-level one) hands out pool clients. */
  #exportConnect(value: TSESTree.Node): void {
    const node = unwrapExpression(value);
    const fn = node.type === AST_NODE_TYPES.Identifier ? this.#functions.get(node.name) : node;
    if (fn && this.#program && returnsOnlyCheckouts(fn, this.#program)) this.#checkouts = true;
  }

  #bindings(statement: TSESTree.ProgramStatement): void {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const source = packageSpecifier(statement.source.value);
      for (const specifier of statement.specifiers) {
        const local = specifier.local.name;
        this.#otherPackage(source, local);
        if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) this.#localImport(source, local, "default");
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          this.#localImport(source, local, specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value);
        }
        if (source === "pg-pool" && specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) this.#poolClasses.add(local);
        if (source !== "pg") continue;
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
          if (imported === "Pool") this.#poolClasses.add(local);
          if (imported === "default") this.#pgModules.add(local);
        } else {
          this.#pgModules.add(local);
        }
      }
      return;
    }
    // CommonJS TypeScript: `import pg = require("pg")`, `import db = require("./db")` bind as `const x = require(…)`
    if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = statement.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return;
      const source = packageSpecifier(reference.expression.value);
      const local = statement.id.name;
      this.#localRequire(source, statement.id);
      this.#otherPackage(source, local);
      if (source.startsWith("./") || source.startsWith("../")) this.#requiredModules.set(local, source);
      if (source === "pg") this.#pgModules.add(local);
      if (source === "pg-pool") this.#poolClasses.add(local);
      return;
    }
    for (const declarator of declarators(statement)) {
      const source = requiredModule(declarator.init);
      if (source !== null) {
        this.#localRequire(source, declarator.id);
        for (const name of boundNames(declarator.id)) this.#otherPackage(source, name);
      }
      const member = requiredMember(declarator.init);
      if (member && declarator.id.type === AST_NODE_TYPES.Identifier) {
        this.#otherPackage(member.source, declarator.id.name);
        this.#localImport(member.source, declarator.id.name, member.name);
        // `const Pool = require("pg").Pool`, `const pg = require("pg").native`
        if (member.source === "pg" && member.name === "Pool") this.#poolClasses.add(declarator.id.name);
        if (member.source === "pg" && (member.name === "native" || member.name === "default")) this.#pgModules.add(declarator.id.name);
      }
      if (source === null) {
        // `const { Pool } = pg` after `const pg = require("pg")`
        const init = declarator.init ? unwrapExpression(declarator.init) : null;
        if (init?.type === AST_NODE_TYPES.Identifier && this.#pgModules.has(init.name)) this.#destructurePg(declarator.id);
        continue;
      }
      if (source === "pg-pool" && declarator.id.type === AST_NODE_TYPES.Identifier) this.#poolClasses.add(declarator.id.name);
      if (source !== "pg") continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) this.#pgModules.add(declarator.id.name);
      else this.#destructurePg(declarator.id);
    }
  }

  /** `const db = require("./db")` (the module's value), `const { a, b: c } = require("./db")` (its members). */
  #localRequire(source: string, pattern: TSESTree.Node): void {
    if (pattern.type === AST_NODE_TYPES.Identifier) this.#localImport(source, pattern.name, "default");
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return;
    for (const property of pattern.properties) {
      const key = property.type === AST_NODE_TYPES.Property && !property.computed ? staticKeyName(property.key) : null;
      if (key !== null && property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) this.#localImport(source, property.value.name, key);
    }
  }

  /** Records `local` as bound to `source` (or a member of it) when that is another driver's package. */
  #otherPackage(source: string, local: string): void {
    if (isOtherPackage(source)) this.#otherPackages.set(local, source);
  }

  #destructurePg(pattern: TSESTree.Node): void {
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return;
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const key = staticKeyName(property.key);
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value.type !== AST_NODE_TYPES.Identifier) continue;
      if (key === "Pool") this.#poolClasses.add(value.name);
      if (key === "default" || key === "native") this.#pgModules.add(value.name);
    }
  }

  #variables(statement: TSESTree.ProgramStatement): void {
    const declared = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declared?.type === AST_NODE_TYPES.FunctionDeclaration && declared.id) this.#functions.set(declared.id.name, declared);
    for (const declarator of declarators(statement)) {
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) continue;
      const init = unwrapExpression(declarator.init);
      if (init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression) {
        this.#functions.set(declarator.id.name, init);
      }
      if (this.#isPool(init)) this.#pools.add(declarator.id.name);
      else if (this.#isOtherPool(init)) this.#otherPools.add(declarator.id.name);
      else if (init.type === AST_NODE_TYPES.ObjectExpression) this.#objects.set(declarator.id.name, init);
      const required = requiredModule(init);
      if (required !== null && (required.startsWith("./") || required.startsWith("../"))) this.#requiredModules.set(declarator.id.name, required);
    }
    // `let pool; … pool = new Pool(…)` at the top level
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
    if (
      expression?.type === AST_NODE_TYPES.AssignmentExpression &&
      expression.left.type === AST_NODE_TYPES.Identifier &&
      this.#isPool(expression.right)
    ) {
      this.#pools.add(expression.left.name);
    }
    if (
      expression?.type === AST_NODE_TYPES.AssignmentExpression &&
      expression.left.type === AST_NODE_TYPES.Identifier &&
      this.#isOtherPool(expression.right)
    ) {
      this.#otherPools.add(expression.left.name);
    }
    // `let pool; if (test) { pool = new Pool(a); } else { pool = new Pool(b); }` at the top level: a pool when every
    // assignment to the name in the branches is one (ACrafter/Storefront-Backend's pool for tests and the other)
    if (statement.type === AST_NODE_TYPES.IfStatement) {
      for (const [name, allPools] of this.#branchAssignments(statement, new Map())) if (allPools) this.#pools.add(name);
    }
  }

  /** The names an `if` statement's branches assign (`name = …` statements), each with whether every value is a pool. */
  #branchAssignments(statement: TSESTree.Statement, assigned: Map<string, boolean>): Map<string, boolean> {
    if (statement.type === AST_NODE_TYPES.IfStatement) {
      this.#branchAssignments(statement.consequent, assigned);
      if (statement.alternate) this.#branchAssignments(statement.alternate, assigned);
    } else if (statement.type === AST_NODE_TYPES.BlockStatement) {
      for (const inner of statement.body) this.#branchAssignments(inner, assigned);
    } else if (
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.AssignmentExpression &&
      statement.expression.operator === "=" &&
      statement.expression.left.type === AST_NODE_TYPES.Identifier
    ) {
      const name = statement.expression.left.name;
      assigned.set(name, (assigned.get(name) ?? true) && this.#isPool(statement.expression.right));
    }
    return assigned;
  }

  #exports(statement: TSESTree.ProgramStatement): void {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        this.#exportValue(statement.declaration as TSESTree.Node);
        return;
      case AST_NODE_TYPES.ExportNamedDeclaration:
        if (statement.source) {
          this.#reexport(statement.source.value, statement.specifiers);
          return;
        }
        for (const declarator of declarators(statement.declaration)) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier && this.#pools.has(declarator.id.name)) {
            this.#members.add(declarator.id.name);
          }
          if (declarator.id.type === AST_NODE_TYPES.Identifier && this.#otherPools.has(declarator.id.name)) {
            this.#otherMembers.add(declarator.id.name);
          }
          if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === "connect" && declarator.init) {
            this.#exportConnect(declarator.init);
          }
        }
        if (statement.declaration?.type === AST_NODE_TYPES.FunctionDeclaration && statement.declaration.id?.name === "connect") {
          this.#exportConnect(statement.declaration);
        }
        for (const specifier of statement.specifiers) {
          const local = exportName(specifier.local);
          const exported = exportName(specifier.exported);
          if (exported === "connect") this.#exportConnect(specifier.local);
          if (this.#otherPools.has(local)) {
            if (exported === "default") this.#otherWhole = true;
            else this.#otherMembers.add(exported);
          }
          if (!this.#pools.has(local)) continue;
          if (exported === "default") this.#whole = true;
          else this.#members.add(exported);
        }
        return;
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (!statement.exported) this.#reexport(statement.source.value, null);
        return;
      case AST_NODE_TYPES.ExpressionStatement:
        this.#commonJsExport(statement.expression);
        return;
      // `export = pool` (CommonJS TypeScript) is the module's value, as `module.exports = pool`
      case AST_NODE_TYPES.TSExportAssignment:
        this.#exportValue(statement.expression);
        return;
      default:
        return;
    }
  }

  /** `module.exports = X`, `exports.pool = X`, `module.exports.pool = X`, `exports = module.exports = X`. */
  #commonJsExport(expression: TSESTree.Expression): void {
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== "=") return;
    const left = unwrapExpression(expression.left);
    if (expression.right.type === AST_NODE_TYPES.AssignmentExpression) this.#commonJsExport(expression.right);
    const right = expression.right.type === AST_NODE_TYPES.AssignmentExpression ? expression.right.right : expression.right;
    if (left.type !== AST_NODE_TYPES.MemberExpression) return;
    const name = memberPropertyName(left);
    const object = unwrapExpression(left.object);
    if (isIdentifier(object, "module") && name === "exports") {
      this.#exportValue(right);
      return;
    }
    const onExports =
      isIdentifier(object, "exports") ||
      (object.type === AST_NODE_TYPES.MemberExpression && isIdentifier(object.object, "module") && memberPropertyName(object) === "exports");
    if (onExports && name !== null && this.#isPool(right)) this.#members.add(name);
    if (onExports && name !== null && this.#isOtherPool(right)) this.#otherMembers.add(name);
    if (onExports && name === "connect") this.#exportConnect(right);
  }

  /** The module's value or default export: a pool, an object holding pools, or another module's value. */
  #exportValue(node: TSESTree.Node): void {
    const value = unwrapExpression(node);
    if (this.#isPool(value)) {
      this.#whole = true;
      return;
    }
    if (this.#isOtherPool(value)) {
      this.#otherWhole = true;
      return;
    }
    const object = value.type === AST_NODE_TYPES.Identifier ? this.#objects.get(value.name) : value;
    if (object?.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
        const key = staticKeyName(property.key);
        if (key !== null && this.#isPool(property.value)) this.#members.add(key);
        if (key !== null && this.#isOtherPool(property.value)) this.#otherMembers.add(key);
        if (key === "connect") this.#exportConnect(property.value);
        if (key !== null) this.#nestedMembers(key, property.value);
      }
      return;
    }
    const source = requiredModule(value);
    if (source !== null) this.#reexport(source, null);
  }

  /**
   * A member of the exported object that holds pools one level down, listed as `<key>.<name>`: an object literal
   * (`module.exports = { pg: { pool } }`, or `{ pg }` with a top-level `const pg = { pool }`), or a local module's
   * value (`{ pg }` with `const pg = require("./pg")`, or `{ pg: require("./pg") }`: that module's pools, read through
   * the same bounded cache; a module that cannot be read adds nothing), so that `require("./db").pg.pool` is known.
   */
  #nestedMembers(key: string, node: TSESTree.Node): void {
    const value = unwrapExpression(node);
    const object = value.type === AST_NODE_TYPES.Identifier ? this.#objects.get(value.name) : value;
    if (object?.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
        const name = staticKeyName(property.key);
        if (name !== null && this.#isPool(property.value)) this.#members.add(`${key}.${name}`);
      }
      return;
    }
    const source = value.type === AST_NODE_TYPES.Identifier ? this.#requiredModules.get(value.name) : requiredModule(value);
    const other = source ? this.other(source) : null;
    if (!other) return;
    if (other.whole) this.#members.add(key);
    for (const member of other.members) if (!member.includes(".")) this.#members.add(`${key}.${member}`);
  }

  /** `export * from`, `export { a as b } from`, `module.exports = require(…)`: what the other module exports. */
  #reexport(source: string, specifiers: readonly TSESTree.ExportSpecifier[] | null): void {
    const other = this.other(source);
    if (!other) return;
    if (specifiers === null) {
      if (other.whole) this.#whole = true;
      if (other.otherPools.whole) this.#otherWhole = true;
      if (other.checkouts) this.#checkouts = true;
      for (const member of other.members) this.#members.add(member);
      for (const member of other.otherPools.members) this.#otherMembers.add(member);
      for (const [name, fn] of other.functions) if (name !== "default") this.#exported.set(name, fn);
      return;
    }
    for (const specifier of specifiers) {
      const local = exportName(specifier.local);
      const exported = exportName(specifier.exported);
      // A barrel's `export { getClient } from "./pool"`: the function is the other module's, under its exported name.
      const fn = other.functions.get(local);
      if (fn && exported !== "default") this.#exported.set(exported, fn);
      if (local === "default" ? other.otherPools.whole : other.otherPools.members.has(local)) {
        if (exported === "default") this.#otherWhole = true;
        else this.#otherMembers.add(exported);
      }
      const isPool = local === "default" ? other.whole : other.members.has(local);
      if (!isPool) continue;
      if (exported === "default") this.#whole = true;
      else this.#members.add(exported);
    }
  }

  /**
   * Another driver's pool: a variable holding one, what a package other-libraries.ts knows makes (`new
   * sql.ConnectionPool(…)`, `mysql.createPool(…)`, `await createPool(…)`), or what a method of one returns
   * (mysql2's `pool.promise()`).
   */
  #isOtherPool(node: TSESTree.Node): boolean {
    const value = unwrapExpression(node);
    if (value.type === AST_NODE_TYPES.Identifier) return this.#otherPools.has(value.name);
    if (value.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(value.callee);
      const owner = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : null;
      if (owner?.type === AST_NODE_TYPES.Identifier && this.#otherPools.has(owner.name)) return true;
    }
    return madeByPackage(value, (identifier) => this.#otherPackages.get(identifier.name) ?? null);
  }

  #isPool(node: TSESTree.Node): boolean {
    const value = unwrapExpression(node);
    if (value.type === AST_NODE_TYPES.Identifier) return this.#pools.has(value.name);
    if (value.type !== AST_NODE_TYPES.NewExpression) return false;
    const callee = unwrapExpression(value.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.#poolClasses.has(callee.name);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "Pool") return false;
    let owner = unwrapExpression(callee.object);
    // `pg.native.Pool`, `pg.default.Pool`
    if (owner.type === AST_NODE_TYPES.MemberExpression && ["native", "default"].includes(memberPropertyName(owner) ?? "")) {
      owner = unwrapExpression(owner.object);
    }
    if (owner.type === AST_NODE_TYPES.Identifier) return this.#pgModules.has(owner.name);
    return requiredModule(owner) === "pg";
  }
}

/** The declarators of `const a = …` and of `export const a = …`. */
function declarators(statement: TSESTree.Node | null): TSESTree.VariableDeclarator[] {
  if (statement?.type === AST_NODE_TYPES.ExportNamedDeclaration) return declarators(statement.declaration);
  return statement?.type === AST_NODE_TYPES.VariableDeclaration ? statement.declarations : [];
}

/** The names a declarator binds: `a`, or the values of `{ a, b: c }` (not nested). */
function boundNames(pattern: TSESTree.Node): string[] {
  if (pattern.type === AST_NODE_TYPES.Identifier) return [pattern.name];
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return [];
  return pattern.properties.flatMap((property) =>
    property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier ? [property.value.name] : [],
  );
}

function exportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function isIdentifier(node: TSESTree.Node, name: string): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === name;
}
