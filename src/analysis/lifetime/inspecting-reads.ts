// Reads of a client variable that look at the client without taking it: a property read (`client.processID`,
// `client?.connection.stream.destroyed`), a null, truth or type test (`client == null`, `!client`, `if (client)`,
// `client && …`, `typeof client`), or
// lodash's `get`/`has` on it (`_.get(client, "connection.stream.destroyed", false)`: tinypg's watch for a dead
// socket, from a timer of the function that checks the client out). None of them can release, store, return or
// pass the client on, so code that only inspects a variable does not share the client it holds.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isLodashCall } from "./throw-free-packages.js";

const LODASH_READERS = new Set(["get", "has", "isNil", "isNull", "isUndefined"]);

/** `reference` only reads its variable, in one of the inspecting shapes above. */
export function isInspectingRead(sourceCode: Readonly<TSESLint.SourceCode>, reference: TSESLint.Scope.Reference): boolean {
  if (!reference.isRead() || reference.isWrite()) return false;
  const identifier = reference.identifier as TSESTree.Node;
  const parent = parentSkippingWrappers(identifier);
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      // `client.x` read as a value: not `client.release()`, `client.query(…)` or any call through the client.
      if (unwrapExpression(parent.object) !== identifier) return false;
      const user = parentSkippingWrappers(parent);
      return !(user?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(user.callee) === parent);
    }
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === "!" || parent.operator === "typeof";
    case AST_NODE_TYPES.BinaryExpression:
      return ["==", "!=", "===", "!=="].includes(parent.operator);
    case AST_NODE_TYPES.LogicalExpression:
      // `client && …` yields the client only when it is falsy; `client || x` and `client ?? x` would pass it on.
      return parent.operator === "&&" && unwrapExpression(parent.left) === identifier;
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return unwrapExpression(parent.test) === identifier;
    case AST_NODE_TYPES.CallExpression:
      return parent.arguments[0] === identifier && isLodashCall(sourceCode, parent, LODASH_READERS);
    default:
      return false;
  }
}
