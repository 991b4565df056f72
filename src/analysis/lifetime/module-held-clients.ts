// A client checked out at the top level of an ES module and kept there for the process: `const db = await
// pool.connect();` read by the route handlers the module registers (`app.post("/items", async (req, res) => { await
// db.query(…) })`) and released nowhere (electric-sql's encryption example). The module body ends long before those
// callbacks run, so "never released by the end of the body" says nothing; the module holds the client as a dedicated
// connection, as exported-clients.ts's importers do. A client the module releases somewhere is still followed (a
// release on some paths only is a leak), and one read only by the body itself, or by functions it calls, is not held.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName } from "../node-shapes.js";

/** `variable` is a module-scope client that no code releases and that a callback the module hands on reads. */
export function isModuleHeldClient(variable: TSESLint.Scope.Variable): boolean {
  if (variable.scope.type !== "module") return false;
  let readByCallback = false;
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier && memberPropertyName(parent) === "release") return false;
    readByCallback ||= insideHandedOnCallback(identifier);
  }
  return readByCallback;
}

/** Whether `node` lies in a function passed as an argument to a call (a handler, a listener, a timer's callback). */
function insideHandedOnCallback(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== AST_NODE_TYPES.ArrowFunctionExpression && current.type !== AST_NODE_TYPES.FunctionExpression) continue;
    const call = current.parent;
    if ((call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(current)) return true;
  }
  return false;
}
