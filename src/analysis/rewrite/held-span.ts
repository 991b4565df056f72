// How long the original code holds the client, so that the callback holds it exactly as long: from the checkout to
// the release on the straight path (a `c.release();` statement next to the checkout, or a `try` next to it whose
// `finally` releases). Code after that release stays outside the callback. Without such a release (released in a
// branch, a loop, a callback, or never) the callback runs to the end of the block, which is safe only when nothing
// that used to run after a release uses the pool: `pool.end()` waits for the client the callback still holds (a
// hang), and another checkout of the same pool can wait for it too.
// (The pool uses and release calls of the held code are read by moved-code-scan.ts, in the one walk of it.)
import type { TSESTree } from "@typescript-eslint/utils";
import { finallyRelease, guardedReleaseCall } from "./manual-client-block.js";

/** The index in `statements` of the statement that ends the hold on the straight path, or -1. */
export function straightReleaseIndex(statements: readonly TSESTree.Statement[], clientName: string): number {
  return statements.findIndex(
    (statement) => guardedReleaseCall(statement, clientName) !== null || finallyRelease(statement, clientName) !== null,
  );
}
