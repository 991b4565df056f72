// Pools that come from a local module of the project (a relative import or require): `import db from "./db"`,
// `const { pool } = require("./db")`, `db.pool` on a whole module, and a module whose exported `connect` hands out
// pool clients. The modules themselves are read once per lint run (module-pools.ts); this answers per linted file.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import path from "node:path";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, requiredModule, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { modulePools, resolveLocalModule, type ExportedValues, type ModulePools } from "./module-pools.js";
import type { LintedFile } from "./pool-annotations.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
/** Which of a module's exports a question is about: its pg pools, or another driver's (module-pools.ts). */
type Exports = (pools: ModulePools) => ExportedValues;
const PG_POOLS: Exports = (pools) => pools;
const OTHER_POOLS: Exports = (pools) => pools.otherPools;

export class LocalModulePools {
  constructor(
    private readonly sourceCode: SourceCode,
    private readonly lintedFile: LintedFile,
  ) {}

  /** The pools a local module exports, for a relative specifier; null for packages and when nothing can be read. */
  private localModule(specifier: unknown): ModulePools | null {
    if (typeof specifier !== "string") return null;
    const { filename, parser } = this.lintedFile();
    if (!path.isAbsolute(filename)) return null;
    const file = resolveLocalModule(filename, specifier);
    return file ? modulePools(file, parser) : null;
  }

  /**
   * `@Inject(PG_POOL)` with `import { PG_POOL } from "./database.provider"`: that module provides a pool under the
   * token it exports by that name (provided-pools.ts).
   */
  importedProvidedPool(token: TSESTree.Node): boolean {
    const value = unwrapExpression(token);
    if (value.type !== AST_NODE_TYPES.Identifier) return false;
    const definition = findVariable(this.sourceCode.getScope(value), value)?.defs[0];
    const node = definition?.node;
    if (definition?.type !== DefinitionType.ImportBinding || node?.type !== AST_NODE_TYPES.ImportSpecifier) return false;
    const declaration = node.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return false;
    const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
    return this.localModule(declaration.source.value)?.provided.has(`name:${imported}`) === true;
  }

  /** `import db from "./db"`, `const db = require("./db")`, `const { pool } = require("./db")`: a pool exported there. */
  importedPool(variable: TSESLint.Scope.Variable): boolean {
    return this.imported(variable, PG_POOLS);
  }

  /** The same bindings, of another driver's pool exported there (mssql's `module.exports = new sql.ConnectionPool(…)`). */
  importedOtherPool(variable: TSESLint.Scope.Variable): boolean {
    return this.imported(variable, OTHER_POOLS);
  }

  private imported(variable: TSESLint.Scope.Variable, exports: Exports): boolean {
    const whole = (specifier: unknown) => {
      const pools = this.localModule(specifier);
      return pools !== null && exports(pools).whole;
    };
    const member = (specifier: unknown, name: string) => {
      const pools = this.localModule(specifier);
      return pools !== null && exports(pools).members.has(name);
    };
    for (const definition of variable.defs) {
      const node = definition.node;
      if (definition.type === DefinitionType.ImportBinding) {
        if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
          const reference = node.moduleReference;
          if (reference.type === AST_NODE_TYPES.TSExternalModuleReference && whole(reference.expression.value)) return true;
          continue;
        }
        const declaration = node.parent;
        if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) continue;
        if (node.type === AST_NODE_TYPES.ImportDefaultSpecifier && whole(declaration.source.value)) return true;
        if (node.type === AST_NODE_TYPES.ImportSpecifier) {
          const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
          if (imported === "default" ? whole(declaration.source.value) : member(declaration.source.value, imported)) return true;
        }
        continue;
      }
      if (definition.type !== DefinitionType.Variable || node.type !== AST_NODE_TYPES.VariableDeclarator || !node.init) continue;
      const init = unwrapExpression(node.init);
      if (node.id === definition.name) {
        if (whole(requiredModule(init))) return true;
        // `const pool = require("./db").pool`, `const pool = require("./db").pg.pool`
        const required = requiredPath(init);
        if (required && required.path.length > 0 && member(required.source, required.path.join("."))) return true;
        continue;
      }
      // `const { pool } = require("./db")`, `const { pool: db } = require("./db")`
      if (node.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      const property = node.id.properties.find(
        (candidate): candidate is TSESTree.Property =>
          candidate.type === AST_NODE_TYPES.Property &&
          (candidate.value.type === AST_NODE_TYPES.AssignmentPattern ? candidate.value.left : candidate.value) === definition.name,
      );
      const key = property && !property.computed ? staticKeyName(property.key) : null;
      // …and from a member of it: `const { pool } = require("./db").pg` (module-reader.ts's nested members).
      const required = key !== null ? requiredPath(init) : null;
      if (required && member(required.source, [...required.path, key].join("."))) return true;
    }
    return false;
  }

  /**
   * `db.pool` where `db` is a local module (`import * as db`, `import db`, `const db = require("./db")`) exporting it,
   * or `db.pg.pool` where its member `pg` holds it (module-reader.ts's nested members).
   */
  memberOfLocalModule(member: TSESTree.MemberExpression, name: string): boolean {
    return this.moduleMember(member, name, PG_POOLS);
  }

  /** `db.pool` where `db` is a local module whose member `pool` is another driver's pool (`{ pool: mysql.createPool() }`). */
  otherPoolMember(member: TSESTree.MemberExpression, name: string): boolean {
    return this.moduleMember(member, name, OTHER_POOLS);
  }

  private moduleMember(member: TSESTree.MemberExpression, name: string, exports: Exports): boolean {
    const names = [name];
    let object = unwrapExpression(member.object);
    while (object.type === AST_NODE_TYPES.MemberExpression) {
      const key = memberPropertyName(object);
      if (key === null) return false;
      names.unshift(key);
      object = unwrapExpression(object.object);
    }
    const pools = this.moduleNamed(object);
    return pools !== null && exports(pools).members.has(names.join("."));
  }

  /** `db` bound to a whole local module (`import * as db`, `import db`, `const db = require("./db")`): what it exports. */
  moduleNamed(expression: TSESTree.Node): ModulePools | null {
    const object = unwrapExpression(expression);
    if (object.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = findVariable(this.sourceCode.getScope(object), object);
    const definition = variable?.defs[0];
    if (!definition) return null;
    const node = definition.node;
    let specifier: unknown = null;
    if (definition.type === DefinitionType.ImportBinding) {
      const declaration = node.parent;
      if (
        declaration?.type === AST_NODE_TYPES.ImportDeclaration &&
        (node.type === AST_NODE_TYPES.ImportNamespaceSpecifier || node.type === AST_NODE_TYPES.ImportDefaultSpecifier)
      ) {
        specifier = declaration.source.value;
      }
    } else if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id === definition.name) {
      specifier = requiredModule(node.init);
    }
    return this.localModule(specifier);
  }

  /** `db` is a local module whose exported `connect` hands out pool clients (checkout-functions.ts). */
  checkoutModule(expression: TSESTree.Node): boolean {
    return this.moduleNamed(expression)?.checkouts === true;
  }
}

/** `require("./db")`, `require("./db").pg`, `require("./db").pg.pool`: the specifier and the member names below it. */
function requiredPath(node: TSESTree.Node): { source: string; path: string[] } | null {
  const names: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberPropertyName(current);
    if (name === null) return null;
    names.unshift(name);
    current = unwrapExpression(current.object);
  }
  const source = requiredModule(current);
  return source === null ? null : { source, path: names };
}
