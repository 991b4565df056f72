// The project's own Apollo Server 4 integration (elahti/stellaris-stats' expressMiddleware, written in the file): a
// function of the file given options whose `context()` it awaits, handing the value to Apollo's
// `server.executeHTTPGraphQLRequest({ …, context: () => Promise.resolve(value) })`. The context is made before Apollo
// sees the request, and Apollo answers a landing-page request, or one runHttpQuery rejects as BadRequestError, without
// running requestDidStart, whose hooks are the only ones that see the contextValue again: a checkout returned from that
// `context` option is no hand-over, as with Apollo's own expressMiddleware (context-options.ts). Only this visible
// shape: the file imports `@apollo/server`, the integration is a `const` arrow or function of the file that releases
// nothing itself, its options parameter is only read for members, and every value it awaits from `context()` is a
// `const` read only by the returned value of an `executeHTTPGraphQLRequest` call's own `context` function.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { walk } from "../ast-walk.js";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { memberPropertyName, methodCall, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

const APOLLO_SERVER = "@apollo/server";

/** Whether `callee(…)`, given its options at `index`, is the file's own Apollo 4 integration (see above). */
export function localApolloIntegration(callee: TSESTree.Identifier, index: number, sourceCode: SourceCode): boolean {
  if (!importsApolloServer(sourceCode)) return false;
  const variable = resolveIdentifier(sourceCode, callee);
  const integration = variable ? declaredFunction(variable) : null;
  const parameter = integration?.params[index];
  if (!integration || parameter?.type !== AST_NODE_TYPES.Identifier || callsRelease(integration, sourceCode)) return false;
  const options = sourceCode.scopeManager?.getDeclaredVariables(integration).find((declared) => declared.name === parameter.name);
  const reads = options?.references.filter((reference) => reference.identifier !== parameter) ?? [];
  let contexts = 0;
  for (const reference of reads) {
    const member = parentSkippingWrappers(reference.identifier);
    // `options` passed on whole may have its `context()` called anywhere.
    if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== reference.identifier) return false;
    if (memberPropertyName(member) !== "context") continue;
    if (!contextHandedToApollo(member, sourceCode)) return false;
    contexts++;
  }
  return contexts > 0;
}

function importsApolloServer(sourceCode: SourceCode): boolean {
  return sourceCode.ast.body.some(
    (statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === APOLLO_SERVER,
  );
}

/**
 * `const value = await options.context(…)`, with every read of `value` returned by the `context` function of an
 * `x.executeHTTPGraphQLRequest({ … })` call's options (`() => Promise.resolve(value)`, `async () => value`).
 */
function contextHandedToApollo(member: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  const call = parentSkippingWrappers(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return false;
  const awaited = parentSkippingWrappers(call);
  const declarator = awaited?.type === AST_NODE_TYPES.AwaitExpression ? parentSkippingWrappers(awaited) : undefined;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  if (declarator.parent.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind !== "const") return false;
  const value = sourceCode.scopeManager?.getDeclaredVariables(declarator)[0];
  const reads = value?.references.filter((reference) => !reference.init) ?? [];
  return reads.length > 0 && reads.every((reference) => returnedToApolloContext(reference.identifier as TSESTree.Identifier));
}

/** `value` returned, alone or through `Promise.resolve(value)`, by the `context` function of executeHTTPGraphQLRequest's options. */
function returnedToApolloContext(value: TSESTree.Identifier): boolean {
  let returned: TSESTree.Node = value;
  const resolving = parentSkippingWrappers(value);
  if (resolving?.type === AST_NODE_TYPES.CallExpression && resolving.arguments.length === 1 && unwrapExpression(resolving.arguments[0]!) === value) {
    const resolve = methodCall(resolving);
    const receiver = resolve ? unwrapExpression(resolve.object) : null;
    if (resolve?.name !== "resolve" || receiver?.type !== AST_NODE_TYPES.Identifier || receiver.name !== "Promise") return false;
    returned = resolving;
  }
  const fn = parentSkippingWrappers(returned);
  if (fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression || unwrapExpression(fn.body) !== returned) return false;
  const property = parentSkippingWrappers(fn);
  if (property?.type !== AST_NODE_TYPES.Property || property.computed || unwrapExpression(property.value) !== fn) return false;
  if (staticKeyName(property.key) !== "context" || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const request = parentSkippingWrappers(property.parent);
  return (
    request?.type === AST_NODE_TYPES.CallExpression &&
    request.arguments.length === 1 &&
    unwrapExpression(request.arguments[0]!) === property.parent &&
    methodCall(request)?.name === "executeHTTPGraphQLRequest"
  );
}

/** A `x.release(…)` call anywhere below `node` (in an integration: it may give the context's client back itself). */
export function callsRelease(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  let found = false;
  walk(node, sourceCode.visitorKeys, (child) => {
    if (found) return false;
    if (child.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(child.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(callee) === "release") found = true;
    }
    return !found;
  });
  return found;
}
