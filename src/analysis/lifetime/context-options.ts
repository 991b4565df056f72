// A checkout returned from the `context` option of a GraphQL server is handed to the server, which keeps it as the
// operation's contextValue. Three servers never give it back on every request, whatever the code around them does:
// - graphql-ws's `useServer` (elahti/stellaris-stats' `useServer({ schema, context: async () => ({ client: await
//   pool.connect(), … }) }, wsServer)`) calls the option once per subscribe message and releases nothing in it. Only
//   when no other function of those options releases anything (`onComplete`, `onDisconnect` … might give it back).
// - Apollo Server 4's `startStandaloneServer(server, { context })` and `expressMiddleware(server, { context })` run
//   the option before runHttpQuery validates the request; a plugin's `willSendResponse` (or any hook of
//   requestDidStart) is the only place that sees the contextValue again, and Apollo answers the requests it rejects
//   as BadRequestError (an empty or non-JSON POST body, a non-string query, a PUT) without running requestDidStart.
// - Apollo Server 2 and 3's `new ApolloServer({ context, formatResponse })`, when formatResponse is the only option
//   that releases: requestPipeline skips it for the requests it answers with an error (apollo-format-response.ts).
// So such a return (or a property of the returned object literal) is no hand-over. Only that visible shape: the
// callee bound by an import or require of the server's own module (or the project's own Apollo 4 integration written
// in the file: local-apollo-integrations.ts), and the function written as the options' `context` property.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isFunction, walk } from "../ast-walk.js";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { packageBinding } from "./package-bindings.js";
import { isLoggingCall } from "./throw-points.js";
import { callsRelease, localApolloIntegration } from "./local-apollo-integrations.js";
import { releasedOnlyByFormatResponse } from "./apollo-format-response.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Which server keeps the returned checkout: graphql-ws (never released), Apollo 4 (released only on executed requests)
 * or Apollo 2/3 whose `formatResponse` alone releases (released only on requests executed without an error).
 */
export type ContextOption = "graphql-ws" | "apollo4" | "apollo2";

interface ContextServer {
  option: ContextOption;
  name: string;
  /** The position of the options among the call's arguments. */
  index: number;
  module: (source: string) => boolean;
}

const SERVERS: readonly ContextServer[] = [
  { option: "graphql-ws", name: "useServer", index: 0, module: (source) => source === "graphql-ws" || source.startsWith("graphql-ws/") },
  { option: "apollo4", name: "startStandaloneServer", index: 1, module: (source) => source === "@apollo/server/standalone" },
  {
    option: "apollo4",
    name: "expressMiddleware",
    index: 1,
    module: (source) => source === "@apollo/server/express4" || source === "@as-integrations/express4" || source === "@as-integrations/express5",
  },
];

/** The server `identifier` is returned to (alone, or as a value of the returned object literal) from a `context` option. */
export function returnedToContextOption(identifier: TSESTree.Identifier, sourceCode: SourceCode): ContextOption | null {
  const fn = returningFunction(identifier);
  if (!fn) return null;
  const property = parentSkippingWrappers(fn);
  if (property?.type !== AST_NODE_TYPES.Property || unwrapExpression(property.value) !== fn || property.computed) return null;
  if (staticKeyName(property.key) !== "context") return null;
  const options = property.parent;
  const given = options?.type === AST_NODE_TYPES.ObjectExpression ? givenOptions(options, sourceCode) : null;
  if (!given || options?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const { call, value } = given;
  if (call.type === AST_NODE_TYPES.NewExpression) {
    const mayRelease = (option: TSESTree.ObjectLiteralElement) => releasesSomething(option, sourceCode);
    return releasedOnlyByFormatResponse(call, value, options, property, sourceCode, mayRelease) ? "apollo2" : null;
  }
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const binding = packageBinding(sourceCode, callee);
  // The project's own integration handing the awaited context to Apollo 4 (local-apollo-integrations.ts).
  if (!binding && localApolloIntegration(callee, call.arguments.indexOf(value as TSESTree.CallExpressionArgument), sourceCode)) return "apollo4";
  const server = binding ? SERVERS.find((s) => s.name === binding.name && s.module(binding.source)) : undefined;
  const argument = server ? call.arguments[server.index] : undefined;
  if (!server || !argument || argument !== value) return null;
  if (server.option === "graphql-ws" && options.properties.some((other) => other !== property && releasesSomething(other, sourceCode))) {
    return null;
  }
  return server.option;
}

/**
 * The call the options object literal is given to, and the argument that gives it: the literal itself, or a variable
 * it initialises that is used once, as that argument (`const opts = { context, … };
 * useServer(opts, wsServer)`), TS wrappers seen through. Null for any other use.
 */
function givenOptions(
  options: TSESTree.ObjectExpression,
  sourceCode: SourceCode,
): { call: TSESTree.CallExpression | TSESTree.NewExpression; value: TSESTree.Node } | null {
  let value: TSESTree.Node = options;
  let call = parentSkippingWrappers(options);
  if (call?.type === AST_NODE_TYPES.VariableDeclarator && call.init && unwrapExpression(call.init) === options && call.id.type === AST_NODE_TYPES.Identifier) {
    const variable = sourceCode.getDeclaredVariables(call)[0];
    const uses = variable?.references.filter((reference) => !reference.init) ?? [];
    if (uses.length !== 1) return null;
    value = uses[0]!.identifier;
    call = parentSkippingWrappers(value);
  }
  if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) return null;
  const argument = call.arguments.find((candidate) => unwrapExpression(candidate) === value);
  return argument ? { call, value: argument } : null;
}

/** The function whose return value `identifier` is, directly or through the object literal it returns. */
function returningFunction(identifier: TSESTree.Identifier): TSESTree.Node | null {
  let value: TSESTree.Node = identifier;
  for (;;) {
    const parent = parentSkippingWrappers(value);
    if (parent?.type === AST_NODE_TYPES.Property && unwrapExpression(parent.value) === value && !parent.computed) {
      const object = parent.parent;
      if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
      value = object;
      continue;
    }
    if (parent?.type === AST_NODE_TYPES.ReturnStatement) return enclosingFunction(parent);
    if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && unwrapExpression(parent.body) === value) return parent;
    return null;
  }
}

/**
 * Whether this option may give the client back: a `x.release(…)` call anywhere in it or in the file's own function it
 * names (`onComplete: releaseClient`, `{ onComplete }`); a spread (`...hooks`) or an `on…` hook whose function is not
 * in sight (imported, a member, a parameter) may too, so either leaves the checkout handed over.
 */
function releasesSomething(option: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (option.type === AST_NODE_TYPES.SpreadElement) return true;
  if (option.type !== AST_NODE_TYPES.Property) return callsRelease(option, sourceCode);
  const value = unwrapExpression(option.value);
  const key = option.computed ? null : staticKeyName(option.key);
  // An `on…` hook written inline that calls anything but a logger (`(ctx) => releaseClient(ctx)`): that may release.
  if (isFunction(value) && key !== null && /^on[A-Z]/.test(key) && callsBeyondLogging(value, sourceCode)) return true;
  if (isFunction(value) || value.type === AST_NODE_TYPES.ObjectExpression) return callsRelease(value, sourceCode);
  const variable = value.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(sourceCode, value) : null;
  const named = variable ? declaredFunction(variable) : null;
  if (named) return callsRelease(named, sourceCode);
  return key === null || /^on[A-Z]/.test(key) || callsRelease(option, sourceCode);
}

/** A call below `hook` that is not logging (`console.debug("closed")` is; `releaseClient(ctx)` is not). */
function callsBeyondLogging(hook: TSESTree.Node, sourceCode: SourceCode): boolean {
  let found = false;
  walk(hook, sourceCode.visitorKeys, (child) => {
    if (!found && child.type === AST_NODE_TYPES.CallExpression && !isLoggingCall(child)) found = true;
    return !found;
  });
  return found;
}
