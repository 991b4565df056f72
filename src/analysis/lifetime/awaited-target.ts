// Where an awaited checkout's value goes (`const client = await P.connect()`, an assignment, a wrapper object, a
// fallback, a return…), and the scope variables that hold it: shared by every shape of checkout that awaits a client.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { returnsToNobody } from "./client-references.js";
import { checkoutCondition, conditionalCheckout, type CheckoutCondition } from "./checkout-condition.js";
import { conditionalFallbackCheckout, fallbackCheckout } from "./fallback-checkout.js";
import { instanceCheckout, wrappedInstanceCheckout, type InstanceCheckout } from "./instance-checkout.js";
import { outerVariableHeldHere } from "./outer-client-variable.js";
import { isExportedModuleBinding } from "./exported-clients.js";
import { isModuleHeldClient } from "./module-held-clients.js";
import { armCheckout } from "./arm-checkouts.js";
import { codePathOwner, parentSkippingWrappers, type FunctionNode } from "../node-shapes.js";
import { resolveIdentifier } from "../find-variable.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Where the acquired client goes: into one plain variable we can follow; nowhere (`await P.connect();`); straight out
 * of this function's hands (returned, stored in a field, passed on); or somewhere we do not understand (destructured…).
 */
export type AcquisitionTarget = "variable" | "discarded" | "transferred" | "unknown";

export function declaredVariable(sourceCode: SourceCode, declarator: TSESTree.Node, id: TSESTree.Node): Variable | null {
  for (const variable of sourceCode.getDeclaredVariables(declarator)) {
    if (variable.identifiers.includes(id as TSESTree.Identifier)) return variable;
  }
  return null;
}

export function parameterVariable(sourceCode: SourceCode, fn: FunctionNode, index: number): Variable | null {
  const param = fn.params[index];
  if (!param || param.type !== AST_NODE_TYPES.Identifier) return null;
  return declaredVariable(sourceCode, fn, param);
}

/**
 * `const session = new Session(await P.connect())` (also as a branch of `cond ? new Session(…) : other`): the object
 * that wraps the client holds it now, and releases it through itself (`session.release()`, `session.client.release()`).
 */
function wrapperVariable(
  sourceCode: SourceCode,
  construction: TSESTree.NewExpression,
  argument: TSESTree.Node,
): { variable: Variable; declarator: TSESTree.VariableDeclarator } | null {
  if (!construction.arguments.includes(argument as TSESTree.CallExpressionArgument)) return null;
  let node: TSESTree.Node = construction;
  let holder = parentSkippingWrappers(node);
  while (holder?.type === AST_NODE_TYPES.ConditionalExpression && holder.test !== node) {
    node = holder;
    holder = parentSkippingWrappers(node);
  }
  if (holder?.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (holder.parent.kind !== "const" && holder.parent.kind !== "let") return null;
  const variable = declaredVariable(sourceCode, holder.parent, holder.id);
  return variable ? { variable, declarator: holder } : null;
}

/** Where an awaited value goes: the node that receives `await P.connect()` (skipping wrappers and parentheses). */
export function awaitedTarget(
  sourceCode: SourceCode,
  awaited: TSESTree.Node,
): {
  target: AcquisitionTarget;
  client: Variable | null;
  binding: TSESTree.Node;
  wrapped?: boolean;
  alternative?: Variable;
  heldWhen?: CheckoutCondition[];
  heldWhenInstance?: InstanceCheckout;
  arms?: TSESTree.Node[];
} {
  const parent = parentSkippingWrappers(awaited);
  let top: TSESTree.Node = awaited;
  while (top.parent && top.parent !== parent) top = top.parent;
  if (!parent) return { target: "unknown", client: null, binding: awaited };
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init !== top) break;
      if (parent.id.type === AST_NODE_TYPES.Identifier) {
        const declaration = parent.parent;
        // `using`/`await using` dispose the client by a protocol pg clients do not implement: stay silent.
        if (declaration.kind !== "const" && declaration.kind !== "let" && declaration.kind !== "var") break;
        const client = declaredVariable(sourceCode, declaration, parent.id);
        // `export { client }` of a top-level checkout: the importers own it from the assignment on; a top-level
        // checkout only the module's registered callbacks read, and nothing releases, the module holds for the process.
        if (client && (isExportedModuleBinding(client) || isModuleHeldClient(client))) return { target: "transferred", client: null, binding: parent };
        return client ? { target: "variable", client, binding: parent } : { target: "unknown", client: null, binding: parent };
      }
      return { target: "unknown", client: null, binding: parent };
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.right !== top || parent.operator !== "=") break;
      if (parent.left.type === AST_NODE_TYPES.Identifier) {
        const client = resolveIdentifier(sourceCode, parent.left);
        if (client && client.scope.variableScope === sourceCode.getScope(parent).variableScope) {
          return { target: "variable", client, binding: parent };
        }
        // A variable of an enclosing scope is a transfer (whoever else reads it owns the client now), unless nothing
        // but this function reads it.
        const held = outerVariableHeldHere(sourceCode, parent as typeof parent & { left: TSESTree.Identifier }, client, codePathOwner(parent));
        if (held) return { target: "variable", client: held, binding: parent };
        return { target: client ? "transferred" : "unknown", client: null, binding: parent };
      }
      if (parent.left.type === AST_NODE_TYPES.MemberExpression) return { target: "transferred", client: null, binding: parent };
      return { target: "unknown", client: null, binding: parent };
    case AST_NODE_TYPES.ExpressionStatement:
      return { target: "discarded", client: null, binding: parent };
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.ConditionalExpression: {
      const fallback =
        parent.type === AST_NODE_TYPES.LogicalExpression
          ? fallbackCheckout(sourceCode, parent, top)
          : conditionalFallbackCheckout(sourceCode, parent, top);
      if (fallback) return { target: "variable", client: fallback.client, binding: fallback.declarator, alternative: fallback.alternative };
      const instance = parent.type === AST_NODE_TYPES.ConditionalExpression ? instanceCheckout(sourceCode, parent, top) : null;
      if (instance) return { target: "variable", client: instance.client, binding: instance.binding, heldWhenInstance: instance };
      // `const client = db.pools_connections ? await db.getClient() : db` (checkout-condition.ts).
      const chosen = parent.type === AST_NODE_TYPES.ConditionalExpression ? conditionalCheckout(sourceCode, awaited) : null;
      if (chosen) return { target: "variable", client: chosen.client, binding: chosen.declarator, heldWhen: chosen.heldWhen };
      // `const client = local ? await getClient() : await db.connect()` (arm-checkouts.ts).
      const arm = armCheckout(sourceCode, awaited);
      if (arm) return { target: "variable", client: arm.client, binding: arm.declarator, arms: arm.arms };
      break;
    }
    case AST_NODE_TYPES.NewExpression: {
      const wrapper = wrapperVariable(sourceCode, parent, top);
      if (wrapper) {
        const heldWhen = checkoutCondition(sourceCode, parent) ?? undefined;
        const heldWhenInstance = heldWhen ? undefined : (wrappedInstanceCheckout(sourceCode, parent, wrapper.variable, wrapper.declarator) ?? undefined);
        return { target: "variable", client: wrapper.variable, binding: wrapper.declarator, wrapped: true, heldWhen, heldWhenInstance };
      }
      return { target: "transferred", client: null, binding: parent };
    }
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ArrowFunctionExpression:
      if (returnsToNobody(parent)) return { target: "discarded", client: null, binding: parent };
      return { target: "transferred", client: null, binding: parent };
    case AST_NODE_TYPES.YieldExpression:
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.CallExpression:
      return { target: "transferred", client: null, binding: parent };
    default:
      break;
  }
  return { target: "unknown", client: null, binding: parent };
}
