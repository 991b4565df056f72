// A checkout returned from the `context` option of graphql-ws's `useServer` (elahti/stellaris-stats'
// `useServer({ schema, context: async () => ({ client: await pool.connect(), … }) }, wsServer)`) goes to nobody that
// releases it: graphql-ws calls the option once per subscribe message and keeps its value as the operation's
// contextValue, and no graphql-ws hook gives a pg client back. So such a return (or a property of the returned
// object) is no hand-over. Only that visible shape: the callee bound by an import or require of a `graphql-ws`
// module under the name `useServer`, the function written as the `context` property of its first argument, and no
// other function of those options releasing anything (`onComplete`, `onDisconnect` … might give it back).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, walk } from "../ast-walk.js";
import { memberPropertyName, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { packageBinding } from "./package-bindings.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `identifier` is returned (alone, or as a value of the returned object literal) from a graphql-ws `context` option. */
export function returnedToGraphqlWsContext(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const fn = returningFunction(identifier);
  if (!fn) return false;
  const property = fn.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== fn || property.computed) return false;
  if (staticKeyName(property.key) !== "context") return false;
  const options = property.parent;
  const call = options?.type === AST_NODE_TYPES.ObjectExpression ? parentSkippingWrappers(options) : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== options) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = packageBinding(sourceCode, callee);
  if (!binding || binding.name !== "useServer" || !isGraphqlWsModule(binding.source)) return false;
  return !options.properties.some((other) => other !== property && releasesSomething(other, sourceCode));
}

function isGraphqlWsModule(source: string): boolean {
  return source === "graphql-ws" || source.startsWith("graphql-ws/");
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

/** A `x.release(…)` call anywhere in this option (a hook that may give the client back). */
function releasesSomething(option: TSESTree.Node, sourceCode: SourceCode): boolean {
  let found = false;
  walk(option, sourceCode.visitorKeys, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(callee) === "release") found = true;
    }
    return !found;
  });
  return found;
}
