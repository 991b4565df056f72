// Whether the file's own answering helper (answering-helper-releases.ts: `if (handleError(err, client, done))
// return;`) has called the release on every path that answers true. `if (!err) return false; if (client) done(client);
// return true;` has: a true answer means the client went back. `if (err.retry) return true;` before `done(client)`, or
// `if (err.fatal) done(client);` then `return true`, has not: a true answer may leave the client held, so the call
// releases nothing certain and the caller's true branch still holds it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { isFunctionNode, unwrapExpression } from "../node-shapes.js";

/**
 * Per path: whether nothing is held any more — the release was called, or a test found no client; "left" when no path
 * goes on past the statement (it ends in `return` or `throw`), so it has no say in what holds after an `if`.
 */
type Released = boolean | "left";

/** What the helper's true answers say: "released" on every path; "mayHold" when one answers true holding the client. */
export type TrueAnswers = "released" | "mayHold";

/**
 * The helper's body followed statement by statement: blocks, `done(…)` as a statement of its own, `return`, and `if`,
 * where a test of the client parameter itself (`if (client)`, `if (!client)`) holds nothing on the side where it is
 * falsy. Null — not known — when any other statement holds a `return` or a use of the release (a loop, a `switch`, a
 * `try`, `done && done()`), or a test reads the client another way (`if (client.ended)`), which may rule a path out.
 */
export function trueAnswers(
  statements: readonly TSESTree.Statement[],
  uses: readonly TSESTree.Node[],
  isClient: (node: TSESTree.Node) => boolean,
): TrueAnswers | null {
  let mayHold = false;
  let known = true;
  const reads = (root: TSESTree.Node, test: (node: TSESTree.Node) => boolean) =>
    someNodeBelow([root], (node) => (isFunctionNode(node) ? "skip" : test(node)));
  /** Whether the client is surely not held after `statement`, given `released` before it. */
  const step = (statement: TSESTree.Statement, released: boolean): Released => {
    switch (statement.type) {
      case AST_NODE_TYPES.BlockStatement:
        return walk(statement.body, released);
      case AST_NODE_TYPES.ExpressionStatement: {
        const expression = unwrapExpression(statement.expression);
        if (expression.type === AST_NODE_TYPES.CallExpression && uses.includes(unwrapExpression(expression.callee))) return true;
        break;
      }
      case AST_NODE_TYPES.ReturnStatement:
        if (truthyLiteral(statement.argument) && !released) mayHold = true;
        return "left";
      case AST_NODE_TYPES.ThrowStatement:
        // `throw err`: no answer on that path (the caller's callback throws), and nothing after it runs.
        if (reads(statement, (node) => uses.includes(node))) break;
        return "left";
      case AST_NODE_TYPES.IfStatement: {
        const side = clientTest(statement.test);
        if (side === undefined) break;
        const then = step(statement.consequent, released || side === "heldOnElse");
        const otherwise = statement.alternate ? step(statement.alternate, released || side === "heldOnThen") : released || side === "heldOnThen";
        // A side that left has no say in what holds after the `if`.
        if (then === "left") return otherwise;
        return otherwise === "left" ? then : then && otherwise;
      }
      default:
        break;
    }
    if (reads(statement, (node) => node.type === AST_NODE_TYPES.ReturnStatement || uses.includes(node))) known = false;
    return released;
  };
  /** `client`: held on the then side only; `!client`: on the else side only; null: a test not reading the client. */
  const clientTest = (test: TSESTree.Expression): "heldOnThen" | "heldOnElse" | null | undefined => {
    const value = unwrapExpression(test);
    if (isClient(value)) return "heldOnThen";
    if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === "!" && isClient(unwrapExpression(value.argument))) return "heldOnElse";
    return reads(value, isClient) ? undefined : null;
  };
  // Statements after one that left never run: they are not followed.
  const walk = (list: readonly TSESTree.Statement[], released: Released): Released =>
    list.reduce<Released>((state, statement) => (state === "left" ? state : step(statement, state)), released);
  walk(statements, false);
  if (!known) return null;
  return mayHold ? "mayHold" : "released";
}

export function truthyLiteral(node: TSESTree.Node | null): boolean {
  const value = node ? unwrapExpression(node) : null;
  return value?.type === AST_NODE_TYPES.Literal && Boolean(value.value);
}
