// A checkout handed to a helper of the same file that gives it back itself: `pool.connect().then((c) =>
// inTransaction(statements, c))`, where inTransaction releases its parameter in a later step of its own `.then` chain
// (mattdknapp/factory-app-api). Inside that helper the parameter is held just as a checkout is held in the function
// that made it — it goes back at the helper's own releases — so work on it that nobody waits for can outrun those
// releases the same way. Followed one call deep, for a plain parameter the helper never reassigns.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { classifyReference } from "./client-references.js";
import { resolveIdentifier } from "../find-variable.js";
import { isFunctionNode, parentSkippingWrappers, unwrapExpression, type FunctionNode } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface HeldParameter {
  client: TSESLint.Scope.Variable;
  owner: FunctionNode;
  releases: TSESTree.Node[];
}

/** The parameters of the file's own helpers that `acquisition`'s client is passed to and that release it. */
export function heldParameters(acquisition: Acquisition, sourceCode: SourceCode): HeldParameter[] {
  const found: HeldParameter[] = [];
  for (const reference of acquisition.client?.references ?? []) {
    if (reference.init) continue;
    const parameter = parameterGiven(reference.identifier as TSESTree.Identifier, sourceCode);
    if (!parameter || found.some((held) => held.client === parameter.client)) continue;
    const subject = { ...acquisition, style: "then" as const, client: parameter.client, releaseFunction: null, errorParameter: null, owner: parameter.owner, binding: parameter.binding };
    const releases = parameter.client.references
      .filter((use) => classifyReference(use.identifier as TSESTree.Identifier, subject) === "release")
      .map((use) => use.identifier);
    if (releases.length > 0) found.push({ client: parameter.client, owner: parameter.owner, releases });
  }
  return found;
}

/** `helper(…, client, …)`: the parameter of the file's own `helper` that receives the client, when there is one. */
function parameterGiven(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
): { client: TSESLint.Scope.Variable; owner: FunctionNode; binding: TSESTree.Identifier } | null {
  const call = parentSkippingWrappers(identifier);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const index = call.arguments.findIndex((argument) => unwrapExpression(argument) === identifier);
  // A spread before the client moves it to a position the call does not show.
  if (index < 0 || call.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const helper = declaredFunction(resolveIdentifier(sourceCode, callee));
  const param = helper?.params[index];
  if (!helper || param?.type !== AST_NODE_TYPES.Identifier) return null;
  const client = sourceCode.getDeclaredVariables(helper).find((variable) => variable.identifiers.includes(param));
  // A reassigned parameter may hold something else by the time it is used or released.
  if (!client || client.references.some((reference) => reference.isWrite())) return null;
  return { client, owner: helper, binding: param };
}

/** `function f(…) {…}`, or `const f = (…) => …` / `const f = function (…) {…}`, declared once. */
function declaredFunction(variable: TSESLint.Scope.Variable | null): FunctionNode | null {
  if (variable?.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (definition.type === DefinitionType.FunctionName && definition.node.type === AST_NODE_TYPES.FunctionDeclaration) {
    return definition.node;
  }
  const declarator = definition.node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.parent.kind !== "const" || !declarator.init) return null;
  const init = unwrapExpression(declarator.init);
  return isFunctionNode(init) ? init : null;
}
