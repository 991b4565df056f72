// A file whose every checkout is released by the `finally` that follows it (finally-released.ts) has nothing to follow,
// whether or not each receiver is a pool: a pool's checkout of that shape is settled, and anything else is no
// checkout. So the receivers are not judged (the pool matcher, the other packages' text tests, the file's first scope
// lookups) and none of the analysis's per-file setup is made: for such a file the analysis answers what it answered
// after judging every receiver and settling every checkout — nothing. Most checkouts are written that way; in the
// bench corpus, most files that say `connect` hold one or two of them and nothing else.
//
// Exact, call by call, against findAcquisition and what recordLifetimes derives from its answers:
// - a call that is not `X.connect(…)` on something but `super` is no acquisition there either;
// - a pg-promise database (its connection is followed, never settled) sends the file down the full path;
// - otherwise every answer of findAcquisition is null, the shape acquisitionOf reads, or that shape marked as the
//   project's helper's (which finallyReleased does not look at): when acquisitionOf reads none, no acquisition, and
//   when finallyReleased settles its reading, a settled checkout or none;
// - a settled checkout adds no checkout through the file's own helpers (helperCheckouts and sameFileClassCheckouts
//   ask returnsOnlyTheCheckout of the function that makes it, asked here too: its answer is kept per call), nor paired
//   ones (a client written as a property's value, which a settled client never is: asked here all the same), nor
//   callback-style ones (those start from a callback checkout), nor a stranded or dropped one (those are not held in
//   a variable).
// A file with query runners or imported checkouts takes the full path.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { codePathOwner, methodCall } from "../node-shapes.js";
import { isPgPromiseDatabase } from "../pools/pg-promise.js";
import { acquisitionOf } from "./acquisition.js";
import { finallyReleased } from "./finally-released.js";
import { returnsOnlyTheCheckout } from "./helper-checkouts.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Whether every `connect` call of the file is no checkout or one that its `finally` settles (see above). */
export function everyCheckoutSettles(calls: readonly TSESTree.CallExpression[], sourceCode: SourceCode): boolean {
  for (const call of calls) {
    const method = methodCall(call);
    if (!method || method.name !== "connect" || method.object.type === AST_NODE_TYPES.Super) continue;
    if (isPgPromiseDatabase(method.object, sourceCode)) return false;
    const candidate = acquisitionOf(call, method.object, sourceCode);
    if (!candidate) continue;
    if (candidate.style !== "await" || candidate.target !== "variable" || !finallyReleased(candidate, sourceCode)) return false;
    if (candidate.client!.references.some((reference) => reference.identifier.parent?.type === AST_NODE_TYPES.Property)) return false;
    const owner = codePathOwner(call);
    if (isFunction(owner) && returnsOnlyTheCheckout(owner, candidate, sourceCode)) return false;
  }
  return true;
}
