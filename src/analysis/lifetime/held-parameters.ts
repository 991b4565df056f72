// A checkout handed to a helper of the same file that gives it back itself: `pool.connect().then((c) =>
// inTransaction(statements, c))`, where inTransaction releases its parameter in a later step of its own `.then` chain
// (mattdknapp/factory-app-api). Inside that helper the parameter is held just as a checkout is held in the function
// that made it — it goes back at the helper's own releases — so work on it that nobody waits for can outrun those
// releases the same way. Followed one call deep, for a plain parameter the helper never reassigns.
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { classifyReference } from "./client-references.js";
import { receivingParameter } from "./client-use.js";
import type { FunctionNode } from "../node-shapes.js";

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
    const parameter = parameterGiven(reference, sourceCode);
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
  reference: TSESLint.Scope.Reference,
  sourceCode: SourceCode,
): { client: TSESLint.Scope.Variable; owner: FunctionNode; binding: TSESTree.Identifier } | null {
  const client = receivingParameter(reference, sourceCode);
  const definition = client?.defs[0];
  // A reassigned parameter may hold something else by the time it is used or released.
  if (!client || definition?.type !== DefinitionType.Parameter || client.references.some((use) => use.isWrite())) return null;
  return { client, owner: definition.node as FunctionNode, binding: definition.name as TSESTree.Identifier };
}
