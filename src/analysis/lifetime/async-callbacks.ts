// An `async` node-style connect callback (`pool.connect(async (err, client, release) => { … })`): pg ignores the promise
// it returns, so nothing it throws reaches a caller — as in a synchronous callback, where an ordinary call is not
// counted as able to throw. Its awaits are counted all the same: an awaited query's rejection is how a failed query
// reaches an async callback, the routine error channel that the `err` argument is for a synchronous one, not a bug
// (a `for await` loop's steps too: each awaits the iterator's next()). A
// rejection there goes unhandled: Node ≥ 15 ends the process by default, but an `unhandledRejection` handler (common
// in servers) keeps it running one client short, as an `uncaughtException` handler does after a failed assertion.
// Only the unit that owns the checkout reads its awaits so (`Unit.awaitsThrow`); an async continuation — a query's
// callback, `client.query(sql, async (err, res) => { … })` — is not read this way yet.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { Unit } from "./lifetime-model.js";

/** Whether a throw point at `node` leaves `unit`'s path (certain throws, see callback-throws.ts, aside). */
export function throwsAt(unit: Unit, node: TSESTree.Node): boolean {
  return unit.throws || (unit.awaitsThrow === true && (node.type === AST_NODE_TYPES.AwaitExpression || (node.type === AST_NODE_TYPES.ForOfStatement && node.await)));
}
