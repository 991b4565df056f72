// `pool.connect((err, client, done) => { if (err) { done(); return … } … query.on("end", done) })`: the `done()` of
// the `if (err)` branch runs when the checkout failed, with no client and no query. It says nothing about how a held
// client goes back, so it must not hide that the held one is given back only on 'end' (a failing query emits
// 'error' and never 'end': mjhea0/node-postgres-todo's routes after its PR #4).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isFunction } from "../ast-walk.js";
import { encloses } from "../node-shapes.js";

type Variable = TSESLint.Scope.Variable;
/** The branch a test of `identifier` guards, and whether it runs when `identifier` is truthy (guard-shape.ts). */
type GuardOf = (identifier: TSESTree.Identifier) => { thenNode: TSESTree.Node; truthy: boolean } | null;

/** The branches of the checkout callback `owner` that run when its error parameter is set (`if (err) { … }`). */
export function failedConnectBranches(errorParameter: Variable | null, owner: TSESTree.Node, guardOf: GuardOf): TSESTree.Node[] {
  if (!errorParameter) return [];
  const branches: TSESTree.Node[] = [];
  for (const reference of errorParameter.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (enclosingFunction(identifier) !== owner) continue;
    const guard = guardOf(identifier);
    if (guard?.truthy) branches.push(guard.thenNode);
  }
  return branches;
}

/** `node` lies inside one of `branches`. */
export function insideAny(node: TSESTree.Node, branches: readonly TSESTree.Node[]): boolean {
  return branches.some((branch) => encloses(branch, node));
}

/** An error-first callback's error parameter: `err`, `e`, `error`, `queryErr`, `writeError`. */
const ERROR_PARAMETER = /^(e|err|error|\w+(Err|Error))$/;

/**
 * The same for the error-first continuations a release sits in (`client.query("BEGIN", (err) => { if (err) {
 * done(); return cb(err); } … })`): their `if (err)` branches run when that step failed, a path of its own — the
 * release there says nothing about how the client goes back once the step succeeded.
 */
export function failedContinuationBranches(
  functions: Iterable<TSESTree.Node>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  guardOf: GuardOf,
): TSESTree.Node[] {
  const branches: TSESTree.Node[] = [];
  for (const fn of functions) {
    if (!isFunction(fn)) continue;
    const first = fn.params[0];
    if (first?.type !== AST_NODE_TYPES.Identifier || !ERROR_PARAMETER.test(first.name)) continue;
    const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === first.name) ?? null;
    branches.push(...failedConnectBranches(variable, fn, guardOf));
  }
  return branches;
}
