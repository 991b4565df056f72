// A checkout raced against another promise: `await Promise.race([pool.connect(), timeout])`. When the other promise
// settles first the race is over, but the checkout still completes later, and the client it yields reaches no one —
// the code that would release it only sees the winner (thiago4go/rag-memory-mcp-postgresql's health check). The bare
// `connect()` call as an element of the raced array is taken, and so is a `const` holding its promise whose only read
// is that element (Athlinked-app/Athlinked-Web's getClientWithRetry): either way nothing else can reach the loser. A
// promise also read anywhere else (`pending.then((c) => c.release())` once it settles) can still be released, and a
// race with nothing else in it cannot be lost.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, promiseStaticMethod, unwrapExpression } from "../node-shapes.js";
import { isWrittenAgain } from "../variable-references.js";

/**
 * The `Promise.race([…])` that races the checkout promise of `connect` — the call itself, or the `const` it initialises
 * when the raced array is that variable's only read — against another promise, or null.
 */
export function promiseRaceLosing(connect: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression | null {
  return raceOfElement(connect) ?? raceOfHeldPromise(connect, sourceCode);
}

/** The `Promise.race([…])` whose array has `element` among two or more elements, or null. */
function raceOfElement(element: TSESTree.Node): TSESTree.CallExpression | null {
  const array = parentSkippingWrappers(element);
  if (array?.type !== AST_NODE_TYPES.ArrayExpression || array.elements.length < 2) return null;
  const race = parentSkippingWrappers(array);
  if (!race || promiseStaticMethod(race) !== "race") return null;
  const call = race as TSESTree.CallExpression;
  return call.arguments.length === 1 && unwrapExpression(call.arguments[0]!) === array ? call : null;
}

/** `const pending = P.connect()` read once, as an element of a raced array: that race, else null. */
function raceOfHeldPromise(connect: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression | null {
  const declarator = parentSkippingWrappers(connect);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (!declarator.init || unwrapExpression(declarator.init) !== connect) return null;
  // An exported binding may be read by another module.
  if (declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return null;
  const id = declarator.id;
  const variable = sourceCode.getDeclaredVariables(declarator).find((candidate) => candidate.identifiers.includes(id));
  if (!variable || isWrittenAgain(variable)) return null;
  const reads = variable.references.filter((reference) => !reference.init);
  return reads.length === 1 ? raceOfElement(reads[0]!.identifier) : null;
}
