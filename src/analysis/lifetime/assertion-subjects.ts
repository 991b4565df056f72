// A test that compares the released client with another (`expect(client).to.equal(client2)`, `expect(client3).not
// .to.equal(client2)`, `assert.strictEqual(client, emitted)`) only reads the reference:
// nothing is sent on the connection, so it is no use after the release (brianc/node-postgres's pg-pool tests, which
// check that the pool hands the same client back). Nor does one of its members read, not called, as an assertion's
// argument (`expect(client.release).toHaveBeenCalled()`, a mock's record: Zehelein/pg-transactional-outbox's tests).
// Only the assertion's own arguments count: a client passed on from there (`expect(await client.query(…))`) is a use
// like any other, found by its own reference.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

const ASSERTION_ROOTS = new Set(["expect", "assert"]);

/** `expect(…)`, `assert(…)`, `assert.x(…)`, or a matcher chained on `expect(…)` (`expect(a).not.to.equal(…)`). */
function isAssertionCall(call: TSESTree.CallExpression): boolean {
  let callee = unwrapExpression(call.callee);
  for (;;) {
    if (callee.type === AST_NODE_TYPES.Identifier) return ASSERTION_ROOTS.has(callee.name);
    if (callee.type === AST_NODE_TYPES.CallExpression) {
      callee = unwrapExpression(callee.callee);
      continue;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    callee = unwrapExpression(callee.object);
  }
}

/** `identifier` (the client) is itself an argument of an assertion. */
export function isAssertionSubject(identifier: TSESTree.Identifier): boolean {
  const parent = parentSkippingWrappers(identifier);
  if (parent?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(parent.callee) === identifier) return false;
  return parent.arguments.some((argument) => unwrapExpression(argument) === identifier) && isAssertionCall(parent);
}

/** `client.x`, read and not called, is itself an argument of an assertion (`expect(client.query).toHaveBeenCalled…`). */
export function isAssertedMember(identifier: TSESTree.Identifier): boolean {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.computed || unwrapExpression(member.object) !== identifier) return false;
  const call = parentSkippingWrappers(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) === member) return false;
  return call.arguments.some((argument) => unwrapExpression(argument) === member) && isAssertionCall(call);
}
