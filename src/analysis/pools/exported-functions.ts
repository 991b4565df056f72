// The functions a local module exports, whatever their names, and the two things the linted file may need to know
// of each (read once per version of the module, in module-pools.ts's bounded cache):
// - whether it is a checkout: every value it returns is a pool checkout (checkout-functions.ts), so
//   `import getClient from "./db"; const client = await getClient()` holds a client the caller must release, or an
//   object carrying one under a key (carried-checkouts.ts), which the caller takes out;
// - which parameters it releases or stores on every path (lifetime/released-parameters.ts), so passing the client to
//   it is a hand-over (a release when it only ever gives the parameter back, never stores it), and which it releases
//   only after work of its own that may throw, so passing the client to it is a release the call's failure skips;
// - which parameters it only borrows (borrowed-parameters.ts), so a checkout put straight into that argument's
//   object is still the caller's to release;
// - which parameters it runs queries on (queried-parameters.ts), so a value handed to it is worth asking about;
// - which parameters it sends a callback-style query on and returns (callback-query-parameters.ts), so a release right
//   after the call gives the client back with that query still queued.
// Exports read: `export function f`, `export const f = () => …`, `export default function`, `export { f as g }`,
// `export default f`, `module.exports = f`, `module.exports = { f, g: h, k() {} }`, `exports.f = …`, and TypeScript's
// `export = f` / `export = { f }` as `module.exports`. The members of
// an exported object (`export default { f }`, `module.exports = { f }`, or a top-level `const db = { f }` exported as
// `export default db`: saltcorn's driver module) are listed by their key, as a namespace's are: `db.f()` on the
// module's value or namespace finds them; those of an object exported under a name of its own also by that name and
// their key (`export const transaction = { start }`: "transaction.start").
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { commonJsExports, requiredModule, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { givenBackParameters, releasedAfterWork, releasedParameters, type ImportedReleases, type ModuleFunctions } from "../lifetime/released-parameters.js";
import { borrowedParameters } from "./borrowed-parameters.js";
import { callbackCheckoutParameter } from "./callback-checkout-functions.js";
import { callbackQueryParameters } from "./callback-query-parameters.js";
import { carriedCheckoutKey } from "./carried-checkouts.js";
import { returnsOnlyCheckouts } from "./checkout-functions.js";
import { queriedParameters } from "./queried-parameters.js";
import { uncheckedReadCallbacks } from "./unchecked-read-callbacks.js";

export interface ExportedFunction {
  /** Every value it returns is a pool checkout. */
  checkout: boolean;
  /** Every value it returns is an object carrying a pool checkout under this key (carried-checkouts.ts); else null. */
  carries: string | null;
  /** The indexes of the parameters it releases or stores on every path. */
  releases: ReadonlySet<number>;
  /** Of those, the indexes of the parameters it gives back to the pool on every path, no path storing them instead. */
  givesBack: ReadonlySet<number>;
  /** The indexes of the parameters it releases only after work of its own that may throw (released-parameters.ts). */
  releasesAfterWork: ReadonlySet<number>;
  /** The indexes of the parameters whose properties it only reads, tests and passes on to ordinary calls. */
  borrows: ReadonlySet<number>;
  /** The indexes of the parameters it calls `.query(…)` on. */
  queries: ReadonlySet<number>;
  /** The indexes of the parameters it sends a callback-style query on before it returns. */
  callbackQueries: ReadonlySet<number>;
  /**
   * For each callback parameter it calls only after reading a query's result whose error it never checked
   * (unchecked-read-callbacks.ts): the index of the client parameter the query runs on.
   */
  uncheckedReadCallbacks: ReadonlyMap<number, number>;
  /**
   * The index of its callback parameter that receives pg's `(err, client, done)` (callback-checkout-functions.ts), in
   * a module that imports pg; else null.
   */
  callbackCheckout: number | null;
}

/**
 * A module that imports another database's or service's client: its `X.connect()` may be theirs (mssql's
 * `new sql.ConnectionPool(cfg).connect()` gives a pool that has `.query()` too), so none of its functions is taken
 * for a pg checkout. (other-libraries.ts judges the linted file's own receivers; this is the whole module's text.)
 */
export const OTHER_CLIENT_PACKAGE =
  /(?:from\s*|require\s*\(\s*|import\s*\(\s*)["'](?:mssql|tedious|mysql2?|mariadb|oracledb|sqlite3?|better-sqlite3|redis|ioredis|@redis\/|mongodb|mongoose|amqplib|kafkajs|mqtt|nats|cassandra-driver|neo4j-driver|generic-pool|tarn|slonik|typeorm|sequelize|knex)["'/]/;

/** The module's exported functions by export name ("default" for the module's value or default export). */
export function exportedFunctions(
  program: TSESTree.Program,
  text: string,
  /** What another local module says of its export `name`: read through module-pools.ts's cache. */
  otherModule: (source: string, name: string) => ExportedFunction | null,
  /** The module imports pg: its `X.connect(…, callback)` is pg's. */
  importsPg = false,
): Map<string, ExportedFunction> {
  const otherClients = OTHER_CLIENT_PACKAGE.test(text);
  const functions = new Map<string, TSESTree.FunctionLike>();
  /** Top-level `const db = { … }`: exported by name, its members are listed as an object literal's. */
  const objects = new Map<string, TSESTree.ObjectExpression>();
  for (const statement of program.body) {
    const declared = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if (declared?.type === AST_NODE_TYPES.FunctionDeclaration && declared.id) functions.set(declared.id.name, declared);
    if (declared?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declared.declarations) {
      const init = declarator.init ? unwrapExpression(declarator.init) : null;
      if (declarator.id.type === AST_NODE_TYPES.Identifier && init && isFunction(init)) functions.set(declarator.id.name, init);
      if (declarator.id.type === AST_NODE_TYPES.Identifier && init?.type === AST_NODE_TYPES.ObjectExpression && declared.kind === "const") {
        objects.set(declarator.id.name, init);
      }
    }
  }
  const exported = new Map<string, TSESTree.FunctionLike>();
  const expanded = new Set<TSESTree.Node>();
  const add = (name: string | null, value: TSESTree.Node | null | undefined): void => {
    if (name === null || !value) return;
    let node = unwrapExpression(value);
    const fn = node.type === AST_NODE_TYPES.Identifier ? functions.get(node.name) : isFunction(node) ? node : undefined;
    if (fn) exported.set(name, fn);
    if (node.type === AST_NODE_TYPES.Identifier) node = objects.get(node.name) ?? node;
    // `export default { f }`, `module.exports = { f }` under another export name: its members by key (once); an
    // object exported under a name of its own is also listed member by member under that name (`export const
    // transaction = { start, end }`: "transaction.start"), for `import { transaction } from "./db"; transaction.start()`.
    if (node.type === AST_NODE_TYPES.ObjectExpression && !expanded.has(node)) {
      expanded.add(node);
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
        const key = staticKeyName(property.key);
        add(key, property.value);
        if (key !== null && name !== "default" && !name.includes(".")) add(`${name}.${key}`, property.value);
      }
    }
  };
  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        add("default", statement.declaration);
        break;
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        if (statement.source) break;
        const declaration = statement.declaration;
        if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) add(declaration.id.name, declaration);
        if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of declaration.declarations) {
            if (declarator.id.type === AST_NODE_TYPES.Identifier) add(declarator.id.name, declarator.init);
          }
        }
        for (const specifier of statement.specifiers) {
          const name = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
          add(name, specifier.local);
        }
        break;
      }
      case AST_NODE_TYPES.ExpressionStatement:
        for (const { name, value } of commonJsExports(statement.expression)) add(name, value);
        // `module.exports = { f }` comes back member by member; `module.exports = f` as "default".
        break;
      // `export = { getClient }` (CommonJS TypeScript) is the module's value, as `module.exports = { getClient }`: an
      // object's members by key, a function as "default" (gaps-33; module-reader.ts reads pools behind it the same way).
      case AST_NODE_TYPES.TSExportAssignment:
        add("default", statement.expression);
        break;
      default:
        break;
    }
  }
  const byName: ModuleFunctions = functions;
  const origins = importedNames(program);
  const imported: ImportedReleases = (local, index) => {
    const origin = origins.get(local);
    return origin !== undefined && otherModule(origin.source, origin.name)?.releases.has(index) === true;
  };
  const importedGivesBack: ImportedReleases = (local, index) => {
    const origin = origins.get(local);
    return origin !== undefined && otherModule(origin.source, origin.name)?.givesBack.has(index) === true;
  };
  const summaries = new Map<string, ExportedFunction>();
  const ownFunctions = new Set([...functions.keys(), ...origins.keys()]);
  for (const [name, fn] of exported) {
    const releases = releasedParameters(fn, byName, imported);
    summaries.set(name, {
      checkout: !otherClients && returnsOnlyCheckouts(fn, program),
      carries: otherClients ? null : carriedCheckoutKey(fn, program),
      releases,
      givesBack: releases.size > 0 ? givenBackParameters(fn, byName, importedGivesBack, releases) : releases,
      releasesAfterWork: releasedAfterWork(fn, byName, imported, releases),
      borrows: borrowedParameters(fn, ownFunctions),
      queries: queriedParameters(fn),
      callbackQueries: callbackQueryParameters(fn),
      uncheckedReadCallbacks: uncheckedReadCallbacks(fn),
      callbackCheckout: importsPg && !otherClients ? callbackCheckoutParameter(fn) : null,
    });
  }
  return summaries;
}

/** The module's relative imports by local name: `import { f } from "./db"`, `import f from "./db"`, `const { f } = require("./db")`. */
function importedNames(program: TSESTree.Program): Map<string, { source: string; name: string }> {
  const names = new Map<string, { source: string; name: string }>();
  const relative = (source: string | null): source is string => source !== null && (source.startsWith("./") || source.startsWith("../"));
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && relative(statement.source.value)) {
      for (const specifier of statement.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) names.set(specifier.local.name, { source: statement.source.value, name: "default" });
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
        const name = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        names.set(specifier.local.name, { source: statement.source.value, name });
      }
    }
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      const source = requiredModule(declarator.init);
      if (!relative(source) || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      for (const property of declarator.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed || property.value.type !== AST_NODE_TYPES.Identifier) continue;
        const name = staticKeyName(property.key);
        if (name !== null) names.set(property.value.name, { source, name });
      }
    }
  }
  return names;
}
