// Releases in a listener of the held client's own 'error' or 'end' event (`client.on("error", (err) =>
// client.release(err))`, `client.on("error", done)`). pg emits those when the connection breaks or closes, never
// when a query fails, so such a listener gives the client back on none of the ordinary paths: its registration is no
// release, and the client must still go back, or be handed over, on every other path (n8n-io/typeorm's
// obtainMasterConnection releases in `connection.on("error", …)`, then awaits queries before handing it over).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { eventBinding, type EventBinding, type FunctionName } from "./event-bound-releases.js";
import { memberPropertyName, methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

const CONNECTION_EVENTS = new Set(["error", "end"]);
const UNREGISTER_METHODS = new Set(["removeListener", "off"]);

/**
 * The references of the variables holding the client, when they are declared in the function that checks it out: a
 * client kept in an outer variable (a LISTEN connection held for the process, ponder-sh/ponder's live queries) is meant
 * to stay out until its connection breaks, and releasing it on 'error' is how it goes back.
 */
export function ownedClientUses(holders: readonly TSESLint.Scope.Variable[], owner: TSESTree.Node): Set<TSESTree.Node> {
  const inOwner = (node: TSESTree.Node) => node.range[0] >= owner.range[0] && node.range[1] <= owner.range[1];
  const owned = holders.length > 0 && holders.every((holder) => holder.defs.every((def) => inOwner(def.node)));
  return new Set(owned ? holders.flatMap((holder) => holder.references.map((reference) => reference.identifier)) : []);
}

/**
 * The release through `identifier` runs only in a listener of 'error' or 'end' registered on the client itself (one
 * of `clientUses`, the references of the variables holding it): the innermost function between the release and the
 * owner that is registered as a listener, inline or by name, else the reference itself passed as one. `nested`: the
 * functions between them, outermost first.
 */
export function releasedOnConnectionEvent(
  identifier: TSESTree.Identifier,
  nested: readonly TSESTree.Node[],
  clientUses: ReadonlySet<TSESTree.Node>,
  nameOf: FunctionName,
): boolean {
  const bindings = innermostListenerBindings(identifier, nested, nameOf);
  return (
    bindings !== null &&
    bindings.every((binding) => binding !== null && CONNECTION_EVENTS.has(binding.event) && clientUses.has(unwrapExpression(binding.emitter)))
  );
}

/**
 * The event bindings of the innermost function between the release through `identifier` and its owner that is
 * registered as a listener, inline or by name (one per place its name is used, null for a use that registers
 * nothing), else of the reference itself passed as one; null when nothing between them is registered. `nested`: the
 * functions between them, outermost first.
 */
export function innermostListenerBindings(
  identifier: TSESTree.Identifier,
  nested: readonly TSESTree.Node[],
  nameOf: FunctionName,
): Array<EventBinding | null> | null {
  const candidates = [...nested].reverse().map((fn) => {
    const uses = nameOf(fn)?.references.filter((reference) => !reference.init).map((reference) => reference.identifier) ?? [];
    // Unregistering the listener (`client.removeListener("error", onError)`) runs nothing.
    const calls = uses.filter((use) => !isUnregistered(use));
    return calls.length > 0 ? calls : [fn];
  });
  if (nested.length === 0) candidates.push([passedReference(identifier)]);
  for (const uses of candidates) {
    const bindings = uses.map(eventBinding);
    if (bindings.some((binding) => binding !== null)) return bindings;
  }
  return null;
}

function isUnregistered(use: TSESTree.Node): boolean {
  const call = use.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== use) return false;
  const method = methodCall(call);
  return method !== null && UNREGISTER_METHODS.has(method.name);
}

/** `done`, or `client.release` when the member itself is what is passed. */
function passedReference(identifier: TSESTree.Identifier): TSESTree.Node {
  const parent = parentSkippingWrappers(identifier);
  const isReleaseMember = parent?.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(parent) === "release";
  return isReleaseMember ? parent : identifier;
}
