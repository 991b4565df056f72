// The function of a local module a call names, and what that module says of it (pools/exported-functions.ts): for
// `getClient()` with `import getClient from "./db"` or `const { getClient } = require("../db")`, for `db.getClient()`
// on a whole module (`import * as db`, `import db from "./db"`, `const db = require("./db")`), and for
// `transaction.start()` on an object the module exports by name (`import { transaction } from "./db"`). Packages (`pg`,
// `lodash`) and modules that cannot be found answer null: the call stays what it was.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { ExportedFunction } from "../pools/exported-functions.js";
import { isProjectModule, modulePools, resolveLocalModule, type ModuleParser } from "../pools/module-pools.js";
import { importOrigin } from "./inherited-hand-over.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Where the linted file's callee comes from: a project module's specifier (relative, or a tsconfig alias), and the export name. */
export function importedCallee(callee: TSESTree.Node, sourceCode: SourceCode, filename: string): { source: string; name: string } | null {
  const relative = (origin: { source: string; name: string } | null) => (origin && isProjectModule(filename, origin.source) ? origin : null);
  const node = unwrapExpression(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return relative(importOrigin(sourceCode as TSESLint.SourceCode, node));
  if (node.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = unwrapExpression(node.object);
  const name = memberPropertyName(node);
  if (object.type !== AST_NODE_TYPES.Identifier || name === null) return null;
  const definition = findVariable(sourceCode.getScope(object), object)?.defs[0];
  // `import * as db from "./db"`: the namespace's member.
  if (definition?.type === "ImportBinding" && definition.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
    const declaration = definition.node.parent;
    return declaration?.type === AST_NODE_TYPES.ImportDeclaration ? relative({ source: declaration.source.value, name }) : null;
  }
  const origin = importOrigin(sourceCode as TSESLint.SourceCode, object);
  if (!origin) return null;
  // `import db from "./db"`, `const db = require("./db")`: a member of the module's value; `import { transaction }
  // from "./db"`: a member of an object the module exports by that name (pools/exported-functions.ts).
  return relative({ source: origin.source, name: origin.name === "default" ? name : `${origin.name}.${name}` });
}

/** What the local module says of the function `call` calls, read once per version of the module; else null. */
export function importedFunction(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): ExportedFunction | null {
  if (!path.isAbsolute(filename)) return null;
  const origin = importedCallee(call.callee, sourceCode, filename);
  const file = origin ? resolveLocalModule(filename, origin.source) : null;
  if (!origin || !file) return null;
  return modulePools(file, parser).functions.get(origin.name) ?? null;
}

/**
 * `identifier` is an argument of a call of a local module's function that releases or stores that parameter on
 * every path: "release" when it only ever gives it back to the pool (`transaction.end(client)`: the client is no
 * longer the caller's to use or release again), "transfer" when some path stores it (a new owner), else null.
 */
export function handedToImportedFunction(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): "release" | "transfer" | null {
  const argument = importedArgument(identifier, sourceCode, filename, parser);
  if (argument?.callee.releases.has(argument.index) !== true) return null;
  return argument.callee.givesBack.has(argument.index) ? "release" : "transfer";
}

/**
 * `identifier` is an argument of an awaited call of a local module's function that releases that parameter only
 * after work of its own (`await transaction.commit(client)`, whose COMMIT may fail first): the call, which the caller
 * counts as a release preceded by a throw point; else null. Not awaited (`commit(connection);`), an async helper's
 * failure is a rejection nobody sees, not a throw at the call: the call stays an ordinary use.
 */
export function releasedAfterWorkByImportedFunction(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): TSESTree.CallExpression | null {
  const argument = importedArgument(identifier, sourceCode, filename, parser);
  if (argument?.callee.releasesAfterWork.has(argument.index) !== true) return null;
  return parentSkippingWrappers(argument.call)?.type === AST_NODE_TYPES.AwaitExpression ? argument.call : null;
}

/** The local module's function `identifier` is an argument of, and the argument's position. */
export function importedArgument(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): { callee: ExportedFunction; index: number; call: TSESTree.CallExpression } | null {
  let argument: TSESTree.Node = identifier;
  while (argument.parent && unwrapExpression(argument.parent) === identifier) argument = argument.parent;
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (index < 0 || call.arguments.slice(0, index).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return null;
  const callee = importedFunction(call, sourceCode, filename, parser);
  return callee ? { callee, index, call } : null;
}

/**
 * `signinUser(client, token, (user) => { done(); … })` where `signinUser`, a local module's function, calls that
 * callback only after reading its query's result unchecked (pools/unchecked-read-callbacks.ts): when the query fails
 * the read throws and the callback never runs. True when `call`'s argument `callbackIndex` is such a callback and the
 * argument at the client's index satisfies `isClient`.
 */
export function skipsCallbackOnFailedQuery(
  call: TSESTree.CallExpression,
  callbackIndex: number,
  isClient: (argument: TSESTree.Node) => boolean,
  sourceCode: SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): boolean {
  if (call.arguments.slice(0, callbackIndex).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
  const clientIndex = importedFunction(call, sourceCode, filename, parser)?.uncheckedReadCallbacks.get(callbackIndex);
  const client = clientIndex === undefined ? undefined : call.arguments[clientIndex];
  return client !== undefined && client.type !== AST_NODE_TYPES.SpreadElement && isClient(unwrapExpression(client));
}
