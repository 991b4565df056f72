// pg-promise's database object: `const pgp = require("pg-promise")(); const db = pgp(cn)`. It wraps a pg pool, and
// `db.connect()` (also `db.connect({ direct: true })`, a connection of its own outside the pool) hands out a
// connection that only `done()` gives back: a LISTEN connection nobody calls `done()` on keeps its server connection
// (and, from the pool, its slot) for good. Nothing else about the object says "pool" (no `new Pool`, no `release()`),
// so it is recognised by where it comes from: the call of what pg-promise's initialisation returned, in the same file.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { packageSpecifier, requiredModule, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

const PACKAGE = "pg-promise";
/** Whether a file's text names pg-promise at all; a boolean per file (the key's only reference). */
const mentions = new WeakMap<object, boolean>();

/** The initialiser of the one `const`/`let`/`var` that binds `identifier`, or null (parameters, imports, reassigned). */
function initialiserOf(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Node | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (definition.type !== DefinitionType.Variable || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  // A later `db = other` would make the binding say nothing about what `db` holds at the call.
  if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== definition.node.id)) return null;
  return definition.node.init ? unwrapExpression(definition.node.init) : null;
}

/** `pgPromise` in `import pgPromise from "pg-promise"` or `const pgPromise = require("pg-promise")`. */
function isPgPromiseModule(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const expression = unwrapExpression(node);
  if (requiredModule(expression) === PACKAGE) return true;
  if (expression.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(expression), expression);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return false;
  if (definition.type === DefinitionType.ImportBinding) {
    const declaration = definition.node.parent;
    return (
      declaration?.type === AST_NODE_TYPES.ImportDeclaration &&
      packageSpecifier(declaration.source.value) === PACKAGE &&
      (definition.node.type === AST_NODE_TYPES.ImportDefaultSpecifier ||
        definition.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier)
    );
  }
  return definition.type === DefinitionType.Variable && requiredModule(definition.node.init) === PACKAGE;
}

/** `pgp` in `const pgp = pgPromise(options)` or `const pgp = require("pg-promise")()`. */
function isPgPromiseInitialisation(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const expression = unwrapExpression(node);
  if (expression.type !== AST_NODE_TYPES.Identifier) return false;
  const init = initialiserOf(expression, sourceCode);
  return init?.type === AST_NODE_TYPES.CallExpression && isPgPromiseModule(init.callee, sourceCode);
}

/**
 * `receiver` (the object of `.connect()`) is a pg-promise database: a variable made by `pgp(cn)`, where `pgp` is
 * what pg-promise's initialisation returned, all in this file. Parameters, fields and imported databases are not
 * followed: nothing in the file says what they are.
 */
export function isPgPromiseDatabase(receiver: TSESTree.Node, sourceCode: SourceCode): boolean {
  let named = mentions.get(sourceCode);
  if (named === undefined) {
    named = sourceCode.text.includes(PACKAGE);
    mentions.set(sourceCode, named);
  }
  if (!named) return false;
  const expression = unwrapExpression(receiver);
  if (expression.type !== AST_NODE_TYPES.Identifier) return false;
  const init = initialiserOf(expression, sourceCode);
  return init?.type === AST_NODE_TYPES.CallExpression && isPgPromiseInitialisation(init.callee, sourceCode);
}

/** `db.connect({ direct: true })`: the options pg-promise's connect takes, which pg's pool never does. */
export function isConnectOptions(argument: TSESTree.Node): boolean {
  return unwrapExpression(argument).type === AST_NODE_TYPES.ObjectExpression;
}
