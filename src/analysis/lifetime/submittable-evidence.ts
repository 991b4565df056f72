// A connect() result that runs a pg submittable is a pg pool client, whatever its receiver is called.
// `pg-cursor` and `pg-query-stream` only work on a pg client (they drive its connection's protocol), and an awaited
// `X.connect()` that resolves to a client comes from a pool (pg's `Client#connect()` resolves to nothing). So
// `const db = await this.connection.getClient().connect(); db.query(new Cursor(…))` is a checkout even when nothing
// releases it — which is exactly the leak to report (betagouv/preuve-covoiturage's export cursor before its fix).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { SUBMITTABLE_PACKAGES } from "../pools/exported-submittables.js";
import { methodCall, packageSpecifier, parentSkippingWrappers, requiredModule, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;


/** Some reference of `client` runs `client.query(new Cursor(…))`, or `client.query(cursor)` with such a `const`. */
export function runsPgSubmittable(client: Variable | null, sourceCode: SourceCode): boolean {
  if (!client) return false;
  return client.references.some((reference) => {
    const call = queryCallOn(reference.identifier);
    const argument = call?.arguments[0];
    return argument !== undefined && isPgSubmittable(argument, sourceCode);
  });
}

/** The `c.query(…)` call whose receiver is this reference of the client, or null. */
function queryCallOn(identifier: TSESTree.Node): TSESTree.CallExpression | null {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return null;
  const call = parentSkippingWrappers(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return null;
  return methodCall(call)?.name === "query" ? call : null;
}

/** `new Cursor(…)` with `Cursor` from pg-cursor or pg-query-stream, inline or held in a `const` declared once. */
function isPgSubmittable(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const current = unwrapExpression(node);
  if (current.type === AST_NODE_TYPES.NewExpression) return isSubmittableClass(current.callee, sourceCode);
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(current), current);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== DefinitionType.Variable || definition.parent.kind !== "const") return false;
  const init = definition.node.init ? unwrapExpression(definition.node.init) : null;
  return init?.type === AST_NODE_TYPES.NewExpression && isSubmittableClass(init.callee, sourceCode);
}

/**
 * `Cursor` bound by `import Cursor from "pg-cursor"` or `const Cursor = require("pg-cursor")`; with `imported`, also a
 * class a local module re-exports (`new db.Cursor(…)`, held-submittables.ts).
 */
export function isSubmittableClass(callee: TSESTree.Node, sourceCode: SourceCode, imported?: (callee: TSESTree.Node) => boolean): boolean {
  const current = unwrapExpression(callee);
  if (imported?.(current) === true) return true;
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(current), current);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return false;
  if (definition.type === DefinitionType.ImportBinding) {
    const declaration = definition.node.parent;
    return (
      definition.node.type === AST_NODE_TYPES.ImportDefaultSpecifier &&
      declaration?.type === AST_NODE_TYPES.ImportDeclaration &&
      SUBMITTABLE_PACKAGES.has(packageSpecifier(declaration.source.value))
    );
  }
  if (definition.type !== DefinitionType.Variable || definition.node.id.type !== AST_NODE_TYPES.Identifier) return false;
  const source = requiredModule(definition.node.init);
  return source !== null && SUBMITTABLE_PACKAGES.has(source);
}
