// A reference that only reads a property of the client (`${client.lastQuery}` in a log line,
// `client.connectionParameters.keepAlive`) sends nothing on the connection: it is no work a timer defers. Calling
// through the client (`client.query(…)`, `client.connection.end()`), writing to it, or passing the client itself on
// is. After a release, only the settings the client was made with stay harmless to read: session state such as
// `processID` (what a cancel request targets) then describes a connection another caller may hold.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

/** What pg's Client copies from its configuration: the same whoever holds the connection. */
const CLIENT_SETTINGS = new Set(["connectionParameters", "user", "database", "port", "host", "replication", "ssl", "binary"]);

/** A read of one of the client's settings (`client.connectionParameters.keepAlive`, `client.database`). */
export function isSettingRead(identifier: TSESTree.Identifier): boolean {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression) return false;
  return CLIENT_SETTINGS.has(memberPropertyName(member) ?? "") && isPropertyRead(identifier);
}

/** True when `identifier` heads a chain of property reads whose value is read, not called, written or deleted. */
export function isPropertyRead(identifier: TSESTree.Identifier): boolean {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return false;
  let top: TSESTree.Node = member;
  for (;;) {
    const parent = parentSkippingWrappers(top);
    if (parent?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === top) {
      top = parent;
      continue;
    }
    return parent !== undefined && isReadPosition(parent, outermost(top, parent));
  }
}

/** The outermost wrapper of `node` below `parent` (`(client.x as T)`), which is what `parent` holds. */
function outermost(node: TSESTree.Node, parent: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && current.parent !== parent) current = current.parent;
  return current;
}

/** `value` sits in `parent` where it is only read (not called, constructed, assigned, updated or deleted). */
function isReadPosition(parent: TSESTree.Node, value: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee !== value;
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return parent.tag !== value;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left !== value;
    case AST_NODE_TYPES.UpdateExpression:
      return false;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator !== "delete";
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left !== value;
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.ObjectPattern:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.RestElement:
      return false;
    case AST_NODE_TYPES.Property:
      // `({ a: client.x } = …)`: a destructuring target is a write
      return parent.value !== value || parent.parent.type !== AST_NODE_TYPES.ObjectPattern;
    default:
      return true;
  }
}
