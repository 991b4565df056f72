// The checkout methods of the classes a local module exports: `export class PostgresDB { connect() { return
// this.pool.connect(); } }`, `export class Pg { getClient() { return this.pool.connect() } }`. A project that wraps its
// pool in a class of its own hands out pool clients through that method exactly as a pool does, so
// `const client = await this.pg.getClient()` — `pg` an instance of the imported class — is a checkout the caller must
// release (lifetime/class-checkouts.ts). A method qualifies by its shape only (checkout-functions.ts: every value it
// returns is a no-argument `X.connect()`, or a variable of its own holding one), never by its name, and only in a
// module that imports pg itself: a class around a redis or MongoDB client (whose `connect()` has the same shape) is
// not one. Read with the rest of the module's summary, once per version of the file (module-pools.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { exportedClasses } from "../lifetime/inherited-hand-over.js";
import { returnsOnlyCheckouts } from "./checkout-functions.js";
import { OTHER_CLIENT_PACKAGE } from "./exported-functions.js";

/** Per exported class (by export name, "default" for the module's value): the names of its checkout methods. */
export type ClassCheckouts = ReadonlyMap<string, ReadonlySet<string>>;

export const NO_CLASS_CHECKOUTS: ClassCheckouts = new Map();

/** The checkout methods of the module's exported classes; none in a module that does not import pg. */
export function exportedClassCheckouts(program: TSESTree.Program, text: string, importsPg: boolean): ClassCheckouts {
  if (!importsPg || OTHER_CLIENT_PACKAGE.test(text)) return NO_CLASS_CHECKOUTS;
  const found = new Map<string, ReadonlySet<string>>();
  for (const [name, declaration] of exportedClasses(program)) {
    const methods = checkoutMethods(declaration.body);
    if (methods.size > 0) found.set(name, methods);
  }
  return found;
}

/**
 * The instance methods of a class body whose every returned value is a pool checkout: `connect() { return
 * this.pool.connect(); }`, `getClient = () => this.pool.connect()`. A name declared twice (overloads, a getter and a
 * method) is left out: which body runs is not the shape's to say.
 */
export function checkoutMethods(body: TSESTree.ClassBody): Set<string> {
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
    if (value && returnsOnlyCheckouts(value)) methods.add(name);
  }
  return methods;
}
