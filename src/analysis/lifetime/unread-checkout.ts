// `const permanentClient = pool.connect();` and nothing ever reads `permanentClient`: the checkout's promise is kept
// in a variable, yet nobody awaits it, chains it, passes it on or exports it, so the client it resolves to is held by
// nobody and never released — the same as dropping the promise (`pool.connect();`). Seen in jjnaga/thebusapp2's
// db.ts, whose "permanent client" is checked out when the module loads and never used. A variable that is read
// anywhere, or exported, is somebody's hand-over and stays with the acquisition analysis.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isExportedModuleBinding } from "./exported-clients.js";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

/** `const|let|var name = P.connect()` (no `await`) whose variable is never read and not exported. */
export function isUnreadCheckoutPromise(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const declarator = parentSkippingWrappers(call);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  if (!declarator.init || unwrapExpression(declarator.init) !== call) return false;
  const declaration = declarator.parent;
  // `using` disposes by a protocol pg clients do not implement: not judged here either.
  if (declaration.kind !== "const" && declaration.kind !== "let" && declaration.kind !== "var") return false;
  const id = declarator.id;
  const variable = sourceCode.getDeclaredVariables(declarator).find((candidate) => candidate.identifiers.includes(id));
  if (!variable || isExportedModuleBinding(variable)) return false;
  return variable.references.every((reference) => reference.init === true);
}
