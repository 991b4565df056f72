// Apollo Server 2 and 3 (`new ApolloServer({ context, formatResponse })` of `apollo-server` or one of its
// `apollo-server-*` integrations) call the `formatResponse` option only for an operation that was executed (a
// resolver's error is part of the result and still reaches it): apollo-server-core's requestPipeline (read at 2.x's packages/apollo-server-core/src/requestPipeline.ts, and
// 3.x's compiled dist/requestPipeline.js, the same shape) answers a syntax error, a validation error, an error thrown by
// a didResolveOperation hook and an error thrown by execution itself through sendErrorResponse → sendResponse, which never calls it,
// and a websocket subscription never reaches it (MStokluska/MobileDevProject). So a checkout returned from the
// `context` option that only formatResponse releases is kept by every such request. Only that visible shape: the class
// bound by an import or require of such a module, the options literal its first argument (or a variable it initialises, used once there: context-options.ts' givenOptions), a `formatResponse` option
// that calls `.release(…)` (inline, or the file's own function it names), and no other option that may give the
// client back: `plugins` and `extensions` see the context again (a plugin's willSendResponse runs for the error
// responses too), as may a spread or another option that releases (context-options.ts' releasesSomething).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { walk } from "../ast-walk.js";
import { encloses, memberPropertyName, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { packageBinding } from "./package-bindings.js";
import { callsRelease } from "./local-apollo-integrations.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Apollo Server 2's and 3's own modules: `apollo-server`, `apollo-server-express`, `apollo-server-koa` … */
const APOLLO_2_OR_3 = /^apollo-server(?:-[a-z0-9-]+)?$/;

/** Options that see the context again after the response is made, whatever the request's fate. */
const LATER_HOOKS = new Set(["plugins", "extensions"]);

/**
 * Whether `options`, given as `value` to `new ApolloServer(…)` of Apollo 2 or 3, release the context's checkout only
 * in `formatResponse` (see above); `mayRelease` says whether another option may give it back.
 */
export function releasedOnlyByFormatResponse(
  construction: TSESTree.NewExpression,
  value: TSESTree.Node,
  options: TSESTree.ObjectExpression,
  context: TSESTree.Property,
  sourceCode: SourceCode,
  mayRelease: (option: TSESTree.ObjectLiteralElement) => boolean,
): boolean {
  const callee = unwrapExpression(construction.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || construction.arguments[0] !== value) return false;
  const binding = packageBinding(sourceCode, callee);
  if (binding?.name !== "ApolloServer" || !APOLLO_2_OR_3.test(binding.source)) return false;
  let formatResponse = false;
  for (const option of options.properties) {
    if (option === context) continue;
    const key = option.type === AST_NODE_TYPES.Property && !option.computed ? staticKeyName(option.key) : null;
    if (key === "formatResponse" && option.type === AST_NODE_TYPES.Property) {
      if (!releasesInFunction(option.value, sourceCode)) return false;
      formatResponse = true;
      continue;
    }
    if ((key !== null && LATER_HOOKS.has(key)) || mayRelease(option)) return false;
  }
  return formatResponse;
}

/**
 * A function written as the option, or the file's own function it names, that calls `.release(…)` on something the
 * request's context holds (releasesFromContext). A formatResponse releasing anything else (a lock, a semaphore) gives
 * the context's client back nowhere: the option is then read as any other, and the message would be wrong.
 */
function releasesInFunction(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const value = unwrapExpression(node as TSESTree.Expression);
  if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression) {
    return releasesFromContext(value, sourceCode);
  }
  const variable = value.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(sourceCode, value) : null;
  const named = variable ? declaredFunction(variable) : null;
  return named ? releasesFromContext(named, sourceCode) : false;
}

/**
 * `fn(response, requestContext)` calls `.release(…)` on a member chain rooted in the request context's `context`:
 * `requestContext.context.db.release()`, or, destructured, `{ context }` then `context.db.release()` (or `{ context:
 * ctx }`, `{ context: { db } }` then `db.release()`); the names resolved to the parameter's own bindings.
 */
function releasesFromContext(fn: TSESTree.FunctionLike, sourceCode: SourceCode): boolean {
  const parameter = fn.params[1];
  if (!parameter || !callsRelease(fn, sourceCode)) return false;
  const declared = sourceCode.getDeclaredVariables(fn);
  // The bindings whose value is the context itself (or a part of it), and the one whose `context` member is.
  const contexts = new Set<TSESLint.Scope.Variable>();
  const holder = parameter.type === AST_NODE_TYPES.Identifier ? declared.find((variable) => variable.identifiers.includes(parameter)) : undefined;
  if (parameter.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of parameter.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || staticKeyName(property.key) !== "context") continue;
      for (const variable of declared) if (variable.identifiers.some((identifier) => encloses(property.value, identifier))) contexts.add(variable);
    }
  }
  if (!holder && contexts.size === 0) return false;
  let found = false;
  walk(fn, sourceCode.visitorKeys, (node) => {
    if (found || node.type !== AST_NODE_TYPES.CallExpression) return !found;
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "release") return true;
    // The chain down to its root: `requestContext`, `.context`, `.db` for `requestContext.context.db.release()`.
    const links: TSESTree.MemberExpression[] = [];
    let current = unwrapExpression(callee.object);
    while (current.type === AST_NODE_TYPES.MemberExpression) {
      links.unshift(current);
      current = unwrapExpression(current.object);
    }
    if (current.type !== AST_NODE_TYPES.Identifier) return true;
    const variable = resolveIdentifier(sourceCode, current);
    if (!variable) return true;
    if (contexts.has(variable)) found = true;
    else if (variable === holder && links[0] && memberPropertyName(links[0]) === "context") found = true;
    return !found;
  });
  return found;
}
