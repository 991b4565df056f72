// `return load(id);` in held code, un-awaited, where `load` is an async function of the file: the original's
// `finally` gave the client back as `load` started, and `load` ran on without it; the callback, whose returned
// promise withClient awaits, holds the client until `load` ends. When `load` uses the pool itself (a query through
// the module's `query` helper, its own checkout), that is a second client of the same pool, taken while the first
// is held: with every client held so, nothing moves. Whether it does is in another function, often through another
// module's helper (Khomurod/bot-backend's deactivateMusicAsset returns getMusicAssetById(id), which queries through
// `query` of './db', after its COMMIT; read in rewrite-u's sample), so any async function of the file is refused.
// moved-code-scan.ts refuses `return pool.query(…)` written out; this is the same hold, one call away.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import type { MovedCodeScan } from "./moved-code-scan.js";

/** Why a call returned un-awaited keeps the callback holding the client longer than the original did, or null. */
export function returnedAsyncCallReason(source: Readonly<TSESLint.SourceCode>, scan: MovedCodeScan): string | null {
  for (const call of scan.returnedCalls) {
    if (call.callee.type !== AST_NODE_TYPES.Identifier) continue;
    const variable = resolveIdentifier(source, call.callee);
    const fn = variable ? declaredFunction(variable) : null;
    if (fn?.async) {
      return `\`${call.callee.name}(…)\`, an async function, is returned without \`await\`: the original gave the client back as it started, the callback would hold the client until it ends (its pool work a second checkout)`;
    }
  }
  return null;
}
