// Session state the held code leaves on a client it never gives back. A leak suggestion makes withClient return that
// client to the pool; when the original never released it on its normal run, no other borrower ever saw what the
// code changed on the session — a role (`SET ROLE`), a `search_path`, a timeout, a `set_config(…, false)`, a
// session advisory lock, a temporary table, a prepared statement — and after the rewrite every next borrower's
// queries would run under it (quizfreely/quizfreely's routes ran `set role quizfreely_auth_user` and never released).
// Where the original released on its normal run, that state already went back to the pool there: giving the client
// back on the failure paths too is the leak's own fix, not a new effect.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk } from "../ast-walk.js";
import { writtenQueryText } from "../transaction-statements.js";
import { isQueryOn } from "./transaction-shape.js";

type Source = Readonly<TSESLint.SourceCode>;

/** Statements whose effect outlives the transaction they run in, each with the words a user would recognise. */
const CHANGES: readonly [RegExp, string][] = [
  [/(?:^|;)\s*SET\s+(?!LOCAL\b|TRANSACTION\b|CONSTRAINTS\b)/i, "`SET` without `LOCAL`"],
  [/\bset_config\s*\((?:[^()]|\([^()]*\))*,\s*false\s*\)/i, "set_config(…, false)"],
  [/\bpg_(?:try_)?advisory_lock(?:_shared)?\s*\(/i, "a session advisory lock"],
  [/(?:^|;)\s*CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?TEMP(?:ORARY)?\s+TABLE\b(?![^;]*\bON\s+COMMIT\s+DROP\b)/i, "a temporary table"],
  [/(?:^|;)\s*PREPARE\s+/i, "a prepared statement"],
];
/** Statements that undo session state: with one in the held code, the author restores the session themselves. */
const RESTORES = /(?:^|;)\s*(?:RESET|DISCARD)\b|\bpg_advisory_unlock(?:_all|_shared)?\s*\(|(?:^|;)\s*DEALLOCATE\b/i;

/**
 * Why the suggestion must not give back a client the held code never released on its straight path: the session
 * state it leaves (first one found), unless the held code also resets or discards some. Null when there is none.
 */
export function sessionStateReason(source: Source, span: readonly TSESTree.Statement[], clientName: string): string | null {
  let changed: string | null = null;
  let restored = false;
  for (const statement of span) {
    walk(statement, source.visitorKeys, (node) => {
      if (isFunction(node)) return false;
      if (node.type !== AST_NODE_TYPES.CallExpression || !isQueryOn(node, clientName)) return true;
      const text = writtenQueryText(node.arguments[0]);
      if (text === null) return true;
      if (RESTORES.test(text)) restored = true;
      changed ??= CHANGES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
      return true;
    });
  }
  if (!changed || restored) return null;
  return `the held code changes the session (${changed}) on a client it never gives back, and withClient would return it to the pool with that state for the next borrower (reset it — \`RESET …\`, \`DISCARD ALL\` — before the release you add)`;
}
