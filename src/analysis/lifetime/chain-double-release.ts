// A promise chain that releases the client in a fulfilled handler, then again in a rejection handler further down:
//
//   client.query(sql)
//     .then((res) => { client.release(); res.rows.forEach(store); })   // store throws after the release …
//     .catch((err) => { client.release(); log(err); });                 // … so the chain rejects and this runs too
//
// The catch is meant for a failed query, but it also receives whatever the fulfilled handler throws after its release,
// and then releases the same client a second time: pg throws "Release called on client which has already been
// released to the pool." (ptarmiganlabs/butler-sos's log-db poll before PR #27). Only a release that is a statement of
// the handler's own body, followed there by work that may throw, counts; the first rejection handler down the chain
// is the one that runs. A call of a helper the analysis reads and finds throw-free (throw-free-helpers.ts: logging,
// pushing, `process.exit`) is no such work (doron2402/hapi-postgres-pool's example counts finished checkouts), nor is a
// call of the enclosing Promise executor's `resolve` or `reject` (promise-settlers.ts; evo0705/JetSpreeNodeJS).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isCallbackFunction } from "./callback-arguments.js";
import { isPromiseSettlerCall } from "./promise-settlers.js";
import { isThrowPoint } from "./throw-points.js";

/** The second release, and the call of the first one that it follows. */
export interface ChainDoubleRelease {
  second: TSESTree.Identifier;
  first: TSESTree.CallExpression;
}

const TYPE_KEYS = new Set(["parent", "typeAnnotation", "returnType", "typeParameters", "typeArguments"]);

/**
 * For the client identifiers of `client.release()` calls: each release that a later rejection handler repeats.
 * `forgiven` names throw points known not to throw after all (a helper of the file read by throw-free-helpers.ts).
 */
export function chainDoubleReleases(
  releases: readonly TSESTree.Identifier[],
  forgiven: (node: TSESTree.Node) => boolean = () => false,
): ChainDoubleRelease[] {
  const found: ChainDoubleRelease[] = [];
  for (const identifier of releases) {
    const first = releaseCall(identifier);
    const handler = first ? fulfilledHandlerReleasingThenThrowing(first, forgiven) : null;
    if (!first || !handler) continue;
    const rejection = firstRejectionHandlerAfter(handler.parent as TSESTree.CallExpression);
    const second = rejection ? releases.find((other) => innermostFunction(other) === rejection) : undefined;
    if (second) found.push({ second, first });
  }
  return found;
}

/** `client.release(…)` as an expression statement: the call; null for any other use of the identifier. */
function releaseCall(identifier: TSESTree.Identifier): TSESTree.CallExpression | null {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(member) !== "release") return null;
  const call = parentSkippingWrappers(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return null;
  return call.parent.type === AST_NODE_TYPES.ExpressionStatement ? call : null;
}

/** The `.then(fn)` handler whose body has `call` as a statement followed by work that may throw; null otherwise. */
function fulfilledHandlerReleasingThenThrowing(
  call: TSESTree.CallExpression,
  forgiven: (node: TSESTree.Node) => boolean,
): TSESTree.FunctionLike | null {
  const statement = call.parent;
  const body = statement.parent;
  const fn = body?.parent;
  if (body?.type !== AST_NODE_TYPES.BlockStatement || !isCallbackFunction(fn) || fn.body !== body) return null;
  const thenCall = fn.parent;
  if (thenCall?.type !== AST_NODE_TYPES.CallExpression || thenCall.arguments[0] !== fn || chainMethod(thenCall) !== "then") return null;
  const after = body.body.slice(body.body.indexOf(statement as TSESTree.Statement) + 1);
  return mayThrow(after, forgiven) ? fn : null;
}

/** Down the chain from `call`: the first function that handles a rejection (`.catch(fn)`, `.then(_, fn)`). */
function firstRejectionHandlerAfter(call: TSESTree.CallExpression): TSESTree.Node | null {
  for (let link: TSESTree.CallExpression | null = nextLink(call); link; link = nextLink(link)) {
    const method = chainMethod(link);
    const handler = method === "catch" ? link.arguments[0] : method === "then" ? link.arguments[1] : undefined;
    if (handler) return isCallbackFunction(handler) ? handler : null;
  }
  return null;
}

/** `call.x(…)`: the next call of the chain; null when the chain ends. */
function nextLink(call: TSESTree.CallExpression): TSESTree.CallExpression | null {
  const member = parentSkippingWrappers(call);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== call) return null;
  const next = parentSkippingWrappers(member);
  return next?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(next.callee) === member ? next : null;
}

function chainMethod(call: TSESTree.CallExpression): string | null {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberPropertyName(callee) : null;
}

function innermostFunction(node: TSESTree.Node): TSESTree.Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionDeclaration
    ) {
      return current;
    }
  }
  return null;
}

/** Statements that may throw when run: a `throw`, or a throw point outside nested functions. */
function mayThrow(statements: readonly TSESTree.Statement[], forgiven: (node: TSESTree.Node) => boolean): boolean {
  return someNodeBelow(
    statements,
    (node) => {
      if (isCallbackFunction(node) || node.type === AST_NODE_TYPES.FunctionDeclaration) return "skip";
      return node.type === AST_NODE_TYPES.ThrowStatement || (isThrowPoint(node) && !forgiven(node) && !isPromiseSettlerCall(node));
    },
    TYPE_KEYS,
  );
}
