// A rejection handler that throws before its release:
//
//   client
//     .query(sql)
//     .then((result) => { res.send(result.rows); client.release(); })
//     .catch((error) => {
//       if (error) throw errro;                    // leaves the handler (a ReferenceError here, a rethrow without the typo) …
//       res.send(error);
//       client.release();                          // … before the release the failed query was meant to reach
//     });
//
// A release in a `.catch(fn)`, `.then(_, fn)` or `.finally(fn)` handler is taken as giving the client back when the
// promise rejects (promise-handler-roles.ts) without following the handler's own paths. When every such handler
// leaves by a `throw` on some path before its release, the rejection the handler exists for keeps the client
// (evo0705/JetSpreeNodeJS's GET /post at c46cff2). Only the plain shape is read: a statement of the handler's own body
// before the first one that releases holds a `throw` — not inside a nested function, nor inside a `try` whose `catch`
// would take the throw, nor under a boolean flag the code keeps about its client (`if (released) throw error;` after
// `client.release(); released = true;` in the fulfilled handler: release-flags.ts). A client also handed over (stored,
// returned) is left to the path analysis, as before.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { encloses, isFunctionNode } from "../node-shapes.js";
import { innermostPromiseHandler, promiseRole } from "./promise-handler-roles.js";
import { flagGuard } from "./release-flags.js";

const TYPE_KEYS = new Set(["parent", "typeAnnotation", "returnType", "typeParameters", "typeArguments"]);

/** A release of the client: its identifier, and the functions between the checkout's owner and it (outermost first). */
export interface NestedRelease {
  identifier: TSESTree.Identifier;
  nested: readonly TSESTree.Node[];
}

/**
 * The `throw` that leaves a rejection handler before its release, when every release made in a rejection or
 * settlement handler sits behind one (the first in source order); null when some such handler releases on every path
 * it takes, or none releases.
 */
export function throwBeforeRejectionRelease(
  releasing: readonly NestedRelease[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.ThrowStatement | null {
  const handlers = new Set<TSESTree.Node>();
  for (const { nested } of releasing) {
    const handler = innermostPromiseHandler(nested);
    const role = handler ? promiseRole(handler) : null;
    if (role === "rejected" || role === "settled") handlers.add(handler!);
  }
  if (handlers.size === 0) return null;
  const throws: TSESTree.ThrowStatement[] = [];
  for (const handler of handlers) {
    const identifiers = releasing.filter(({ nested }) => nested.at(-1) === handler).map(({ identifier }) => identifier);
    const thrown = throwAheadOfRelease(handler, identifiers, sourceCode);
    if (!thrown) return null;
    throws.push(thrown);
  }
  return throws.sort((a, b) => a.range[0] - b.range[0])[0] ?? null;
}

/** In `handler`'s block body: the first `throw` in the statements before the first one that holds a release; or null. */
function throwAheadOfRelease(
  handler: TSESTree.Node,
  releases: readonly TSESTree.Identifier[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.ThrowStatement | null {
  if (!isFunctionNode(handler) || handler.body.type !== AST_NODE_TYPES.BlockStatement || releases.length === 0) return null;
  const statements = handler.body.body;
  const index = statements.findIndex((statement) => releases.some((identifier) => encloses(statement, identifier)));
  const found: TSESTree.ThrowStatement[] = [];
  someNodeBelow(
    statements.slice(0, Math.max(index, 0)),
    (node) => {
      if (isFunctionNode(node)) return "skip";
      // A throw inside a `try` with a `catch` goes to that catch, which may go on to the release.
      if (node.type === AST_NODE_TYPES.TryStatement && node.handler) return "skip";
      // `if (released) throw error;`: the code tracks its own client by a flag (release-flags.ts), trusted as elsewhere.
      if (node.type === AST_NODE_TYPES.ThrowStatement && !flagGuard(node, handler, sourceCode)) found.push(node);
      return false;
    },
    TYPE_KEYS,
  );
  return found.sort((a, b) => a.range[0] - b.range[0])[0] ?? null;
}
