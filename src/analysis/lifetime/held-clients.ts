// A client this code holds and must not outrun: one acquired here and released here (so it "goes back" at a known
// place), or the client handed to a withClient/withTransaction callback (it goes back when the callback settles).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findAcquisition, managedClientCallback, type Acquisition, type PoolJudge } from "./acquisition.js";
import { classifyReference } from "./client-references.js";
import { heldParameters } from "./held-parameters.js";
import { unwrapExpression } from "../node-shapes.js";
import { isReferenceOf } from "../variable-references.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface HeldClient {
  client: TSESLint.Scope.Variable;
  /** The function (or Program) whose execution holds the client. */
  owner: TSESTree.Node;
  /** Where the client is released: `client.release()` / `done()` calls. Empty for a managed client. */
  releases: TSESTree.Node[];
  /** True for the client of a withClient/withTransaction callback: released by the helper after the callback settles. */
  managed: boolean;
}

const RUNTIME_MODULE = "poolguard/runtime";

/**
 * The held clients that `call` (a `P.connect(...)` or a `withClient(...)` call) introduces: the checkout where it is
 * made, and the parameters of the file's own helpers it is handed to that give it back (held-parameters.ts).
 */
export function heldClientsOf(call: TSESTree.CallExpression, isPool: PoolJudge, sourceCode: SourceCode): HeldClient[] {
  const acquisition = findAcquisition(call, isPool, sourceCode);
  // A pg-promise connection is followed for leaks only: its `client` is pg-promise's own, read after `done()` by its
  // documented idiom (`c.done(); return c.client.serverVersion`), and its query methods (`none`, `any`) are not pg's.
  // A checkout in one arm of a choice (arm-checkouts.ts) is followed for leaks only: which arm ran may decide what runs.
  if (acquisition && (!acquisition.client || acquisition.pgPromise === true || acquisition.arms)) return [];
  const helpers = acquisition ? heldParameters(acquisition, sourceCode).map((held) => ({ ...held, managed: false })) : [];
  const held = heldClientOf(call, isPool, sourceCode, acquisition);
  return held ? [held, ...helpers] : helpers;
}

function heldClientOf(
  call: TSESTree.CallExpression,
  isPool: PoolJudge,
  sourceCode: SourceCode,
  acquisition: Acquisition | null,
): HeldClient | null {
  if (acquisition) {
    if (!acquisition.client) return null;
    const releases: TSESTree.Node[] = [];
    const releaseReferences = [
      ...acquisition.client.references,
      ...(acquisition.releaseFunction ? acquisition.releaseFunction.references : []),
    ];
    for (const reference of releaseReferences) {
      if (classifyReference(reference.identifier as TSESTree.Identifier, acquisition) === "release") {
        releases.push(reference.identifier);
      }
    }
    // A client nobody here gives back is not "going back" anywhere we can see: no-leaked-client speaks about it.
    if (releases.length === 0) return null;
    return { client: acquisition.client, owner: acquisition.owner, releases, managed: false };
  }

  const managed = managedClientCallback(call, sourceCode);
  if (!managed?.client) return null;
  if (!isManagedHelperCall(call, isPool, sourceCode)) return null;
  return { client: managed.client, owner: managed.callback, releases: [], managed: true };
}

/**
 * A `withClient`/`withTransaction` of our runtime, or any helper of that name given a pool: a same-named helper of
 * another library (given a redis connection, say) is not ours to judge. The import is looked up first: it is two map
 * lookups, where judging the first argument a pool can follow its definition through the file.
 */
function isManagedHelperCall(
  call: TSESTree.CallExpression,
  isPool: (expression: TSESTree.Node) => boolean,
  sourceCode: SourceCode,
): boolean {
  if (importedFromRuntime(call, sourceCode)) return true;
  const first = call.arguments[0];
  return first !== undefined && first.type !== AST_NODE_TYPES.SpreadElement && isPool(first);
}

/**
 * `withClient(…)` called by a name imported from poolguard's runtime. An import binds in the module's scope: the
 * module's variable of the callee's name must be that import, and the call must be one of its references (a nearer
 * binding of the same name would have the reference instead). No walk up the call's scopes is needed.
 */
function importedFromRuntime(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const globalScope = sourceCode.scopeManager?.globalScope;
  const moduleScope = globalScope?.childScopes.find((scope) => scope.type === "module");
  const variable = moduleScope?.set.get(callee.name);
  const definition = variable?.defs[0];
  return (
    definition?.node.type === AST_NODE_TYPES.ImportSpecifier &&
    definition.node.parent.type === AST_NODE_TYPES.ImportDeclaration &&
    definition.node.parent.source.value === RUNTIME_MODULE &&
    isReferenceOf(sourceCode, variable!, callee)
  );
}
