// Whether the held code hands the client over — returns, stores or resolves it (`resolve(client)`, and a value made
// of it by calls: `resolve(Result.Success(client))`, rewrite-30) — so that it must outlive the block: withClient would
// release it while its new owner still uses it. The leak rules' suggestion is refused then (leaking-block.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { ClientAcquisition } from "./manual-client-block.js";

type Source = Readonly<TSESLint.SourceCode>;

/** Whether the moved code lets the client escape: withClient would release it while its new owner still uses it. */
export function handsOverClient(source: Source, acquisition: ClientAcquisition, moved: [number, number]): boolean {
  const variable = source
    .getDeclaredVariables(acquisition.id.parent)
    .find((candidate) => candidate.name === acquisition.id.name);
  if (!variable) return false;
  return variable.references.some((reference) => {
    const identifier = reference.identifier;
    if (identifier.range[0] < moved[0] || identifier.range[1] > moved[1]) return false;
    let child: TSESTree.Node = identifier;
    let parent = parentSkippingWrappers(identifier);
    // `await client` / `(client)` hand over the same value.
    while (parent?.type === AST_NODE_TYPES.AwaitExpression) {
      child = parent;
      parent = parentSkippingWrappers(parent);
    }
    if (!parent) return false;
    // The value as the parent holds it, TS wrappers and all: `(ctx as any).db = client satisfies object`.
    const holds = (value: TSESTree.Node | null) => value !== null && unwrapExpression(value) === unwrapExpression(child);
    switch (parent.type) {
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.NewExpression:
        return true;
      case AST_NODE_TYPES.AssignmentExpression:
        return holds(parent.right);
      case AST_NODE_TYPES.VariableDeclarator:
        return holds(parent.init);
      case AST_NODE_TYPES.Property:
        return holds(parent.value);
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return holds(parent.body);
      case AST_NODE_TYPES.CallExpression:
        // resolve(client) hands it to whoever awaits the promise; so does `resolve(Result.Success(client))`, a value
        // made of it by calls (idaholab/Deep-Lynx's startTransaction: rewrite-30's check found its suggestion added
        // unawaited work, and the caller would have used and released a client withClient had given back).
        return resolves(parent) || (parent.callee !== child && resolvedThroughCalls(parent));
      default:
        return false;
    }
  });
}

/** `resolve(…)`: a Promise executor's resolver, by its usual name. */
function resolves(call: TSESTree.CallExpression): boolean {
  return call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === "resolve";
}

/** Whether a call's value, through calls it is an argument of (not awaited), is an argument of `resolve(…)`. */
function resolvedThroughCalls(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  for (let depth = 0; depth < 8; depth += 1) {
    const parent = parentSkippingWrappers(node);
    const inner = node;
    if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.some((argument) => unwrapExpression(argument) === unwrapExpression(inner))) return false;
    if (resolves(parent)) return true;
    node = parent;
  }
  return false;
}
