// How one reference to a checked-out client (or to its `done`) is used: the acquisition itself, a release, a use, an
// argument, a hand-over (returned, stored, resolved), a test, a write. Every lifetime reading starts from this answer.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import {
  enclosingClassBody,
  type FunctionNode,
  isDiscardedImmediateCall,
  isDroppedValue,
  isFunctionNode,
  memberPropertyName,
  methodCall,
  parentSkippingWrappers,
  unwrapExpression,
} from "../node-shapes.js";
import { returnedThroughCallback, returnedThroughMachineExit } from "./callback-returned.js";
import { keptInLocalObject } from "./kept-local-objects.js";
import { lentToCall } from "./lent-clients.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What one reference to the client (or to `done`) does. */
export type ClientReferenceKind =
  /** `c = await P.connect()` / the declaration / the callback parameter: the acquisition itself. */
  | "acquire"
  /** `c.release(...)`, `c?.release()`, `(c as any).release()`, or a call of `done(...)`. */
  | "release"
  /** `c.query(...)`, any other member access. */
  | "use"
  /** `work(c)`: passed to an ordinary call. A use — or a transfer when the callee releases it (see argumentCallee). */
  | "argument"
  /** Returned, resolved, yielded, stored in a field / variable / collection, handed to `new X(c)`, `c.release` taken. */
  | "transfer"
  /** `if (c)`, `c && …`, `c == null`, `typeof c`: looks at the client without using it. */
  | "test"
  /** `c = null` or another assignment that is not the acquisition. */
  | "write"
  /** Any shape not listed above; callers stay silent about it. */
  | "other";

/** The outermost expression that is `identifier` seen through TS wrappers and chains. */
export function wrappedExpression(identifier: TSESTree.Node): TSESTree.Node {
  const parent = parentSkippingWrappers(identifier);
  let top: TSESTree.Node = identifier;
  while (top.parent && top.parent !== parent) top = top.parent;
  return top;
}

const COLLECTION_METHODS = new Set(["push", "unshift", "set", "add", "splice", "concat", "resolve"]);

/**
 * What the reference `identifier` (to `acquisition.client` or `acquisition.releaseFunction`) does. A reference inside a
 * nested function is classified by its own shape; callers decide what a nested function means for their path.
 */
export function classifyReference(identifier: TSESTree.Identifier, acquisition: Acquisition): ClientReferenceKind {
  const top = wrappedExpression(identifier);
  const parent = parentSkippingWrappers(identifier);
  if (!parent) return "other";

  if (acquisition.binding === identifier) return "acquire";
  if (parent === acquisition.binding && parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === identifier) {
    return "acquire";
  }
  if (acquisition.style !== "await" && parent === acquisition.owner) {
    return (acquisition.owner as FunctionNode).params.includes(identifier) ? "acquire" : "transfer";
  }

  const isReleaseFunction =
    acquisition.releaseFunction !== null &&
    acquisition.releaseFunction.references.some((reference) => reference.identifier === identifier);
  if (isReleaseFunction) {
    if (parent.type === AST_NODE_TYPES.CallExpression && unwrapExpression(parent.callee) === identifier) return "release";
    if (isTestPosition(parent, top)) return "test";
    return "transfer";
  }

  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (unwrapExpression(parent.object) !== identifier) return "other";
      if (acquisition.wrapped && memberPropertyName(parent) !== "release") {
        // `(session.client as PoolClient).release()`: the wrapped client goes back through the wrapper.
        const outer = parentSkippingWrappers(parent);
        const call = outer ? parentSkippingWrappers(outer) : undefined;
        if (
          outer?.type === AST_NODE_TYPES.MemberExpression &&
          unwrapExpression(outer.object) === parent &&
          memberPropertyName(outer) === "release" &&
          call?.type === AST_NODE_TYPES.CallExpression &&
          unwrapExpression(call.callee) === outer
        ) {
          return "release";
        }
      }
      if (memberPropertyName(parent) !== (acquisition.pgPromise ? "done" : "release")) return "use";
      const call = parentSkippingWrappers(parent);
      if (call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === parent) return "release";
      // `client.release;`, `void client.release;`, `(log(), client.release);`: the method read and dropped, neither
      // called nor handed on.
      if (isDroppedValue(parent)) return "use";
      return "transfer";
    }
    case AST_NODE_TYPES.CallExpression: {
      if (parent.callee === top) return "use";
      // `done(client)`, `release(client)`: the release itself says which client goes back; not a use after it.
      const calleeNode = unwrapExpression(parent.callee);
      if (
        calleeNode.type === AST_NODE_TYPES.Identifier &&
        acquisition.releaseFunction?.references.some((reference) => reference.identifier === calleeNode)
      ) {
        return "other";
      }
      const callee = methodCall(parent);
      if (callee && COLLECTION_METHODS.has(callee.name)) return "transfer";
      const plainCallee = unwrapExpression(parent.callee);
      if (plainCallee.type === AST_NODE_TYPES.Identifier && (plainCallee.name === "resolve" || isExecutorResolve(plainCallee))) {
        return "transfer";
      }
      if (plainCallee.type === AST_NODE_TYPES.Identifier && returnedThroughCallback(plainCallee, acquisition)) return "transfer";
      if (plainCallee.type === AST_NODE_TYPES.MemberExpression && returnedThroughMachineExit(plainCallee, acquisition)) return "transfer";
      return "argument";
    }
    case AST_NODE_TYPES.NewExpression:
      if (parent.callee === top) return "use";
      if (lentToCall(top, parent, acquisition.client, acquisition.wrapped === true)) return "argument";
      return keptInLocalObject(top, parent, acquisition.client) ? "argument" : "transfer";
    case AST_NODE_TYPES.ReturnStatement:
      // Returned from `(async () => { … })();`: nobody gets the client, and nobody else can release it.
      return returnsToNobody(parent) ? "other" : "transfer";
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.YieldExpression:
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.TemplateLiteral:
      if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && returnsToNobody(parent)) return "other";
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init !== top) return "other";
      if (parent.type === AST_NODE_TYPES.Property && parent.value !== top) return "other";
      if (parent.type === AST_NODE_TYPES.Property && lentToCall(top, parent, acquisition.client, acquisition.wrapped === true)) {
        return "argument";
      }
      if (parent.type === AST_NODE_TYPES.Property && keptInLocalObject(top, parent, acquisition.client)) return "argument";
      if (parent.type === AST_NODE_TYPES.TemplateLiteral) return "use";
      return "transfer";
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.left === top) return isAcquisitionAssignment(parent, acquisition) ? "acquire" : "write";
      return "transfer";
    case AST_NODE_TYPES.AwaitExpression:
      return "use";
    default:
      return isTestPosition(parent, top) ? "test" : "other";
  }
}

/**
 * A `return` statement (or an arrow's expression body) whose value goes to nobody: its function is called where it
 * is written and the result dropped (`(async () => { …; return client; })();`).
 */
export function returnsToNobody(node: TSESTree.ReturnStatement | TSESTree.ArrowFunctionExpression): boolean {
  let fn: TSESTree.Node | undefined = node;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  return fn !== undefined && isDiscardedImmediateCall(fn);
}

/** `res(client)` inside `new Promise((res, rej) => …)`: resolving the promise hands the client to whoever awaits it. */
function isExecutorResolve(callee: TSESTree.Identifier): boolean {
  for (let current: TSESTree.Node | undefined = callee.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const first = current.params[0];
    if (first?.type !== AST_NODE_TYPES.Identifier || first.name !== callee.name) continue;
    const construction = current.parent;
    return (
      construction?.type === AST_NODE_TYPES.NewExpression &&
      construction.arguments[0] === current &&
      unwrapExpression(construction.callee).type === AST_NODE_TYPES.Identifier &&
      (unwrapExpression(construction.callee) as TSESTree.Identifier).name === "Promise"
    );
  }
  return false;
}

function isAcquisitionAssignment(assignment: TSESTree.AssignmentExpression, acquisition: Acquisition): boolean {
  return acquisition.binding === assignment;
}

export function isTestPosition(parent: TSESTree.Node, top: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
      return "test" in parent && parent.test === top;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.left === top;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === "!" || parent.operator === "typeof";
    case AST_NODE_TYPES.BinaryExpression:
      return ["==", "!=", "===", "!=="].includes(parent.operator);
    default:
      return false;
  }
}

/**
 * For a reference classified "argument": the function declared in this file that receives the client, and the
 * parameter index — so a caller can check whether that function releases it on every path. Null when unknown.
 */
export function argumentCallee(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
): { callee: FunctionNode; index: number } | null {
  const top = wrappedExpression(identifier);
  const call = parentSkippingWrappers(identifier);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const index = call.arguments.indexOf(top as TSESTree.CallExpressionArgument);
  if (index < 0 || call.arguments.slice(0, index).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression) {
    const method = classMethod(callee);
    return method ? { callee: method, index } : null;
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = resolveIdentifier(sourceCode, callee);
  const declared = variable ? declaredFunction(variable) : null;
  return declared ? { callee: declared, index } : null;
}

/** `this.name(…)` inside a class: the method `name` of that class (not inherited, not static), else null. */
function classMethod(member: TSESTree.MemberExpression): TSESTree.FunctionExpression | null {
  const name = memberPropertyName(member);
  const body = enclosingClassBody(member);
  if (name === null || !body) return null;
  const methods = body.body.filter(
    (element): element is TSESTree.MethodDefinition =>
      element.type === AST_NODE_TYPES.MethodDefinition &&
      element.kind === "method" &&
      !element.static &&
      !element.computed &&
      (element.key.type === AST_NODE_TYPES.Identifier || element.key.type === AST_NODE_TYPES.PrivateIdentifier) &&
      element.key.name === name,
  );
  // Overloads declare several signatures; only one body is a method we can follow.
  const bodies = methods
    .map((method) => method.value)
    .filter((fn): fn is TSESTree.FunctionExpression => fn.type === AST_NODE_TYPES.FunctionExpression);
  return bodies.length === 1 ? bodies[0]! : null;
}
