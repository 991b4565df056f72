// The throw points on a path that holds a client: which calls, constructions and awaits may throw (and so leave the
// path before its release), which end the process, and which the analysis knows cannot throw (a query on the followed
// client, a throw-free helper or package, a rejection handled right there).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { LifetimeEvent } from "./lifetime-model.js";
import { methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { endedPool } from "./pool-end.js";
import { isProcessExit } from "./process-exit.js";
import { isQueryRowsStringify } from "./query-rows-stringify.js";
import type { SegmentTracker } from "./segments.js";
import { isThrowFreeConstruction } from "./throw-free-constructions.js";
import type { ThrowFreeHelper } from "./throw-free-helpers.js";
import type { ModuleParser } from "../pools/module-pools.js";
import { isThrowFreePackageCall } from "./throw-free-packages.js";
import { isThrowPoint } from "./throw-points.js";

export interface ThrowPointInputs {
  sourceCode: Readonly<TSESLint.SourceCode>;
  tracker: SegmentTracker<LifetimeEvent>;
  /** The identifiers the lifetime plan gave events: a followed client's references. */
  referenceEvents: ReadonlyMap<TSESTree.Node, LifetimeEvent[]>;
  /** Release calls of followed clients, which are no throw points on any client's path. */
  releaseCalls: ReadonlySet<TSESTree.Node>;
  /** Nodes that would count as throw points but are part of an acquisition (the wrapper made around a client). */
  quiet: ReadonlySet<TSESTree.Node>;
  isThrowFreeHelper: ThrowFreeHelper;
  /** The linted file and its parser: a local module's re-exported pg-cursor class is read with them (held-submittables.ts). */
  filename: string;
  parser: ModuleParser | undefined;
}

/** The handler the traversal calls at every call, construction, tagged template and await: records a throw or an end. */
export function throwPointHandler(inputs: ThrowPointInputs): (node: TSESTree.Node) => void {
  const { sourceCode, tracker, referenceEvents, releaseCalls, quiet, isThrowFreeHelper, filename, parser } = inputs;
  const onThrowPoint = (node: TSESTree.Node): void => {
    // `client.query()` with no text throws at once (pg: "Client was passed a null or undefined query"), chain or not.
    if (tracker.isTracked() && queriesWithoutText(node)) return tracker.append({ type: "throw", node });
    if (!tracker.isTracked() || !isThrowPoint(node) || releaseCalls.has(node) || quiet.has(node) || feedsPromiseChain(node)) return;
    // `await client.release()`: release() returns undefined (TypeORM's, a resolved promise), which cannot reject.
    if (node.type === AST_NODE_TYPES.AwaitExpression && releaseCalls.has(unwrapExpression(node.argument))) return;
    if (queriesFollowedClient(node)) return;
    if (node.type === AST_NODE_TYPES.CallExpression && (isThrowFreePackageCall(sourceCode, node) || isThrowFreeHelper(node))) return;
    if (node.type === AST_NODE_TYPES.CallExpression && isQueryRowsStringify(sourceCode, node)) return;
    if (node.type === AST_NODE_TYPES.AwaitExpression && awaitsThrowFreeHelper(node)) return;
    if (node.type === AST_NODE_TYPES.NewExpression && isThrowFreeConstruction(sourceCode, node, filename, parser)) return;
    if (handlesRejection(node)) {
      // `await pool.end().catch(() => {})` throws nothing, but it still waits on every held client of that pool.
      const endsPool = node.type === AST_NODE_TYPES.AwaitExpression ? endedPool(node) : null;
      if (endsPool) tracker.append({ type: "throw", node, endsPool, rejectionHandled: true });
      return;
    }
    if (node.type === AST_NODE_TYPES.NewExpression && node.parent.type === AST_NODE_TYPES.ThrowStatement) return;
    if (isProcessExit(sourceCode, node)) {
      tracker.append({ type: "end", node });
      return;
    }
    const endsPool = endedPool(node);
    tracker.append(endsPool ? { type: "throw", node, endsPool } : { type: "throw", node });
  };
  /**
   * `client.query(…)` on a followed client does not throw: pg hands its errors to the returned promise (or the
   * callback). Awaiting it may throw, and the `await` is a throw point of its own.
   */
  const queriesFollowedClient = (node: TSESTree.Node): boolean => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const method = methodCall(node);
    return method?.name === "query" && referenceEvents.has(method.object);
  };
  /** `client.query()` on a followed client, given nothing to run. */
  const queriesWithoutText = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 0 && queriesFollowedClient(node);
  /** `await rollbackQuietly(client)`: a helper that cannot throw and returns plain values gives a promise that resolves. */
  const awaitsThrowFreeHelper = (node: TSESTree.AwaitExpression): boolean => {
    const argument = unwrapExpression(node.argument);
    return argument.type === AST_NODE_TYPES.CallExpression && isThrowFreeHelper(argument, true);
  };
  return onThrowPoint;
}

/** `x.then(…)`, `x.catch(…)`, `x.finally(…)`: a rejection of `x` travels down the chain instead of throwing here. */
function feedsPromiseChain(node: TSESTree.Node): boolean {
  const parent = parentSkippingWrappers(node);
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.computed) return false;
  return (
    parent.property.type === AST_NODE_TYPES.Identifier && ["then", "catch", "finally"].includes(parent.property.name)
  );
}

/**
 * `x.catch(fn)`, `x.then(ok, fn)` — and `await` of one: the rejection is handled right there, so neither the call
 * nor the await throws on its account.
 */
function handlesRejection(node: TSESTree.Node): boolean {
  const call = node.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(node.argument) : node;
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = methodCall(call);
  const handler = method?.name === "catch" ? call.arguments[0] : method?.name === "then" ? call.arguments[1] : undefined;
  return (
    handler !== undefined &&
    (handler.type === AST_NODE_TYPES.ArrowFunctionExpression || handler.type === AST_NODE_TYPES.FunctionExpression)
  );
}
