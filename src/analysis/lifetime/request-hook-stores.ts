// A checkout that a per-request Fastify hook stores where every request stores it: a variable declared outside the
// hook (`db = await fastify.pg.connect()`, gzileni/hx-copernicus) or a property of the instance the hook is added to
// (`fastify.db = await fastify.pg.connect()`, gzileni/gRPC-fastify). The store is a hand-over by DESIGN.md, and
// whoever reads the holder later may release it; but the hook runs once per request, and requests overlap (a second
// request's onRequest runs while the first one's body is read, or its handler awaits), so the second store overwrites
// the first client before anything gave it back, and nothing can reach it any more — whatever the rest of the
// project does with the holder. Read only when the hook names the holder nowhere but in the store (no release of the
// previous client, no `if (!db)` test first); a store some requests skip (under an `if`, after a `return`) is still
// made by any two overlapping requests that reach it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { resolveIdentifier } from "../find-variable.js";
import { memberPropertyName, methodCall, unwrapExpression } from "../node-shapes.js";
import { enclosingFunction, someNodeBelow } from "../ast-walk.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Fastify's hooks that run once for every request (fastify/docs/Reference/Hooks.md, "Request/Reply Hooks"). */
const REQUEST_HOOKS = new Set(["onRequest", "preParsing", "preValidation", "preHandler", "preSerialization", "onSend", "onResponse"]);

export interface SharedStore {
  /** The `addHook(…)` call. */
  registration: TSESTree.CallExpression;
  /** The store's target as written (`db`, `fastify.db`), and the hook's name. */
  holder: string;
  hook: string;
}

/** The per-request hook whose every run overwrites `acquisition`'s store (see above), or null. */
export function storedAcrossRequests(acquisition: Acquisition, sourceCode: SourceCode): SharedStore | null {
  if (acquisition.target !== "transferred" || acquisition.style !== "await" || acquisition.pgPromise === true) return null;
  const assignment = acquisition.binding;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=") return null;
  const hook = enclosingFunction(assignment);
  if (hook?.type !== AST_NODE_TYPES.ArrowFunctionExpression && hook?.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const registration = hook.parent;
  if (registration?.type !== AST_NODE_TYPES.CallExpression || registration.arguments[1] !== hook) return null;
  const method = methodCall(registration);
  const name = registration.arguments[0];
  if (method?.name !== "addHook" || name?.type !== AST_NODE_TYPES.Literal || typeof name.value !== "string" || !REQUEST_HOOKS.has(name.value)) return null;
  const holds = sharedHolder(unwrapExpression(assignment.left), method.object, sourceCode);
  if (!holds) return null;
  if (someNodeBelow([hook.body], (node) => node !== assignment.left && holds(node))) return null;
  return { registration, holder: sourceCode.getText(assignment.left), hook: name.value };
}

/**
 * A test for the holder `target` names, when every run of the hook shares it: a declared variable (a store into one
 * is a hand-over only when it is declared outside the hook), or a property (by name) of `instance`, the variable the
 * hook is added to; null for anything else (a property of the request, or of whatever else an outer variable holds).
 */
function sharedHolder(target: TSESTree.Node, instance: TSESTree.Node, sourceCode: SourceCode): ((node: TSESTree.Node) => boolean) | null {
  const outer = (identifier: TSESTree.Node) => {
    const variable = identifier.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(sourceCode, identifier) : null;
    return variable && variable.defs.length > 0 ? variable : null;
  };
  const refersTo = (node: TSESTree.Node, variable: TSESLint.Scope.Variable) =>
    node.type === AST_NODE_TYPES.Identifier && resolveIdentifier(sourceCode, node) === variable;
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = outer(target);
    return variable ? (node) => refersTo(node, variable) : null;
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed) return null;
  const property = memberPropertyName(target);
  const owner = outer(unwrapExpression(target.object));
  if (!property || !owner || !refersTo(unwrapExpression(instance), owner)) return null;
  return (node) => node.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(node) === property && refersTo(unwrapExpression(node.object), owner);
}
