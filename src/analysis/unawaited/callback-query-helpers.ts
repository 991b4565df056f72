// A call that hands the held client to a helper which sends a callback-style query on it and returns at once
// (jcbain/tweet-collection's cron job: `insertIntoTweets(client, text, row, job)` from "./insertQueries", whose body is
// `client.query(text, values, (err) => …)`): when the call returns, that query is still queued or running on the
// client, so a release later in the same synchronous run overtakes it, as it would the query written in place. The
// helper is a function of this file (a declaration, or a `const` holding a function) or a local module's export,
// read once per version of the module (pools/module-pools.ts); what it does with the parameter is read by
// pools/callback-query-parameters.ts.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { declaredFunction, namesParameter, resolveIdentifier } from "../find-variable.js";
import { memberChainRoot, unwrapExpression } from "../node-shapes.js";
import { importedFunction } from "../lifetime/imported-functions.js";
import { callbackQueryParameters } from "../pools/callback-query-parameters.js";
import type { ModuleParser } from "../pools/module-pools.js";

export interface HelperContext {
  sourceCode: Readonly<TSESLint.SourceCode>;
  /** The linted file's path, to resolve its relative imports. */
  filename: string;
  parser: ModuleParser | undefined;
}

/** The call `identifier` is a plain argument of (`helper(…, client, …)`, no spread before it), and its position. */
export function callWithArgument(identifier: TSESTree.Identifier): { call: TSESTree.CallExpression; index: number } | null {
  let argument: TSESTree.Node = identifier;
  while (argument.parent && unwrapExpression(argument.parent) === identifier) argument = argument.parent;
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === argument) return null;
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (index < 0 || call.arguments.slice(0, index).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return null;
  return { call, index };
}

/** Whether the function `call` calls sends a callback-style query on its argument `index` and returns without waiting. */
export function leavesCallbackQuery(call: TSESTree.CallExpression, index: number, context: HelperContext): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveIdentifier(context.sourceCode, callee);
    const local = variable ? declaredFunction(variable) : null;
    if (local) return callbackQueryParameters(local).has(index);
  }
  return importedFunction(call, context.sourceCode, context.filename, context.parser)?.callbackQueries.has(index) === true;
}

/**
 * `store.getDrinkByBarcode(client, barcode, function (drink) {…})`, where `store` is a parameter, or a member of one
 * (`deps.store.get(…)`, fa-32) (Chaotikum/
 * icebox-service's controller factories are handed their stores by server.js): code no reading reaches, lent the
 * client and given a continuation as its last argument (`isContinuation`: written inline, or a callback by name).
 * A store of a callback-era project answers through that continuation after the query it sends on the client, so the
 * call counts as that query. Only a method of a parameter: a function of the file or a local module's export is read
 * (leavesCallbackQuery), and any other receiver may be a library that runs the function at once.
 */
export function continuesOnLentClient(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>, isContinuation: (argument: TSESTree.Node) => boolean): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  // The store may be reached through the parameter's members (`deps.store.get(client, id, cb)`, `stores[kind].get(…)`).
  const receiver = memberChainRoot(callee.object);
  if (receiver.type !== AST_NODE_TYPES.Identifier) return false;
  const last = call.arguments.at(-1);
  return namesParameter(sourceCode, receiver) && last !== undefined && isContinuation(last);
}
