// `const pending = pool.connect(); … const client = await pending;`: the checkout's promise kept in a variable and
// awaited later (review-c's probe). The client is held from that `await` on, as from `await pool.connect()`, and the
// rest is judged the same way. Only the plain shape is followed: a `const` read once, by an `await` of the same
// function that no loop repeats; a promise passed on, chained, read twice or awaited by a closure stays a hand-over
// (silent), and one nobody reads is unread-checkout.ts's.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isLoop } from "../ast-walk.js";
import { codePathOwner, encloses, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isExportedModuleBinding } from "./exported-clients.js";

/** The one `await` of the `const` that `call` (a `P.connect()` with no `await`) initialises, or null. */
export function awaitOfCheckoutPromise(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.AwaitExpression | null {
  const declarator = parentSkippingWrappers(call);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (!declarator.init || unwrapExpression(declarator.init) !== call || declarator.parent.kind !== "const") return null;
  const id = declarator.id;
  const variable = sourceCode.getDeclaredVariables(declarator).find((candidate) => candidate.identifiers.includes(id));
  if (!variable || isExportedModuleBinding(variable)) return null;
  const reads = variable.references.filter((reference) => reference.init !== true);
  if (reads.length !== 1) return null;
  const read = reads[0]!.identifier as TSESTree.Node;
  const awaited = parentSkippingWrappers(read);
  if (awaited?.type !== AST_NODE_TYPES.AwaitExpression || unwrapExpression(awaited.argument) !== read) return null;
  const owner = codePathOwner(call);
  if (codePathOwner(awaited) !== owner) return null;
  // A loop around the `await` but not the checkout would await the same client again on its next turn.
  for (let node: TSESTree.Node | undefined = awaited.parent; node && node !== owner; node = node.parent) {
    if (isLoop(node) && !encloses(node, call)) return null;
  }
  return awaited;
}
