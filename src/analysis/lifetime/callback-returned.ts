// `cb(client)` where `cb` is a parameter of a function around the checkout, and nothing in the code releases the
// client: the callback form of `return client` (paulserraino/pg-pubsub's test fixture `module.exports = function (cb)
// { pg.connect(url, (err, client) => { client.query(setup, () => cb(client)); }); }`). The caller's callback gets the
// client, as an awaiting caller would; it is the caller's to release. A function that releases the client itself
// (`await fn(client)` then `client.release()`, a withClient of the project's own) only lends it to the callback, and
// that call stays an ordinary one (lent-clients.ts, the path analysis); so does a call that is awaited or followed
// by more uses of the client.
// A node-machine definition (a Sails helper or machine: `{ inputs, …, fn(inputs, exits) { … } }`) answers its caller
// the same way through an exit of its second parameter: `return exits.success(c)` resolves `await
// sails.helpers.db.getdb()` with the client (DAppBoard/dappboard-web's `db.getdb` helper).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { memberPropertyName, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";
import type { Acquisition } from "./acquisition.js";

const releasedSomewhere = new WeakMap<Acquisition, boolean>();

/** `callee(…, client, …)` returns the client to the caller of a function around the acquisition, through its callback. */
export function returnedThroughCallback(callee: TSESTree.Identifier, acquisition: Acquisition): boolean {
  // A helper's client parameter, followed like a checkout, has no call: a helper that hands its parameter to its own
  // callback lends it to the caller's code (`withConn(client, (c) => …)`), it does not take it over.
  if (!acquisition.call) return false;
  const fn = parameterOwner(callee);
  if (!fn || (fn === acquisition.owner && acquisition.style !== "await")) return false;
  if (!encloses(fn, acquisition.call)) return false;
  return handedToCaller(callee.parent, acquisition);
}

/**
 * `exits.success(…, client, …)` in the `fn` of a node-machine definition: the machine's caller gets the client. Only
 * `success` resolves the caller's `await`: `exits.error(c)` and a custom exit (`exits.notFound(c)`) reject it, and
 * another method of the second parameter (`log.debug(c)` where it is a logger) hands nothing over (review-32a).
 */
export function returnedThroughMachineExit(callee: TSESTree.MemberExpression, acquisition: Acquisition): boolean {
  if (!acquisition.call || callee.computed || memberPropertyName(callee) !== "success") return false;
  const exits = unwrapExpression(callee.object);
  if (exits.type !== AST_NODE_TYPES.Identifier) return false;
  const fn = parameterOwner(exits);
  const second = fn?.params[1];
  if (!fn || second?.type !== AST_NODE_TYPES.Identifier || second.name !== exits.name) return false;
  if (!isMachineFn(fn) || !encloses(fn, acquisition.call)) return false;
  return handedToCaller(callee.parent, acquisition);
}

/**
 * `fn` in `{ inputs: {…}, …, fn: function (inputs, exits) {…} }` (or `fn(inputs, exits) {…}`): the shape node-machine
 * and Sails helpers, actions2 and machinepacks share. Both keys are asked for, so a plain `fn` property is not taken.
 */
function isMachineFn(fn: TSESTree.FunctionLike): boolean {
  const property = fn.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.computed || property.value !== fn || staticKeyName(property.key) !== "fn") {
    return false;
  }
  const definition = property.parent;
  return (
    definition?.type === AST_NODE_TYPES.ObjectExpression &&
    definition.properties.some((other) => other.type === AST_NODE_TYPES.Property && !other.computed && staticKeyName(other.key) === "inputs")
  );
}

/**
 * The call hands the client to the caller when it is the last thing done with it: not awaited, no reference to the
 * client after it, and nothing in the code releasing the client (a function that releases only lends it).
 */
function handedToCaller(call: TSESTree.Node, acquisition: Acquisition): boolean {
  // A callback whose promise is awaited, or after which the client is still used, is lent the client (a project's
  // own withClient, `await callback(connection); await connection.end()`): returning it is the last thing done.
  if (call.type !== AST_NODE_TYPES.CallExpression || parentSkippingWrappers(call)?.type === AST_NODE_TYPES.AwaitExpression) return false;
  const after = call.range[1];
  const references = [...(acquisition.client?.references ?? []), ...(acquisition.releaseFunction?.references ?? [])];
  if (references.some((reference) => reference.identifier.range[0] >= after)) return false;
  let released = releasedSomewhere.get(acquisition);
  if (released === undefined) {
    released = releasesClient(acquisition);
    releasedSomewhere.set(acquisition, released);
  }
  return !released;
}

/** The innermost function around `callee` with a parameter of its name (a plain identifier, not reassigned there). */
function parameterOwner(callee: TSESTree.Identifier): TSESTree.FunctionLike | null {
  for (let current: TSESTree.Node | undefined = callee.parent; current; current = current.parent) {
    if (!isFunction(current)) continue;
    if (current.params.some((param) => param.type === AST_NODE_TYPES.Identifier && param.name === callee.name)) return current;
    // A parameter of another shape that binds the name (`{ cb }`, `...cb`, `cb = x`) is not read here: give up.
    if (current.params.some((param) => param.type !== AST_NODE_TYPES.Identifier)) return null;
  }
  return null;
}

function encloses(outer: TSESTree.Node, node: TSESTree.Node): boolean {
  return outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
}

/** `client.release(…)`, or any use of the connect callback's `done`, anywhere. */
function releasesClient(acquisition: Acquisition): boolean {
  const releases = acquisition.client?.references.some((reference) => {
    const member = parentSkippingWrappers(reference.identifier as TSESTree.Node);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== reference.identifier) return false;
    return memberPropertyName(member) === (acquisition.pgPromise ? "done" : "release");
  });
  // `done` used at all — called, `.apply`'d, wrapped in a closure of the function's own (dreamcareer7's timer-clearing
  // `done`) — means the function handles the release itself, and the callback is only lent the client.
  const done = (acquisition.releaseFunction?.references.length ?? 0) > 0;
  return releases === true || done;
}
