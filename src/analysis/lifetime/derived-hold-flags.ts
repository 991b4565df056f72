// A constant the code derives from the caller's client to remember whether it checked one out itself:
// `const client = provided || await pool.connect(); const ownsClient = !provided; … finally { if (ownsClient)
// client.release() }` (dsupina/dprogres-cms's webhook handlers), and `const useRequestClient = pgClient != null; if
// (pgClient == null) pgClient = await pool.connect(); … finally { if (!useRequestClient) pgClient.release() }`
// (TFNS/CTFNote's discord helpers). A test of such a constant speaks about the checkout exactly as a test of the
// caller's variable does (fallback-checkout.ts): on the branch where it says "not ours", nothing was checked out.
// Only a `const` qualifies, and, for a variable the code overwrites with the checkout, only one read before that.
// The overwritten variable may be the function's own copy of the caller's (`let updateClient = client; if
// (!updateClient) updateClient = await pool.connect()`, then `if (shouldReleaseClient) updateClient.release()` with
// `const shouldReleaseClient = !client`: nikolatesla-777/new-goalgpt's Telegram send retry): when nothing writes the
// copy before the checkout and nothing ever writes the caller's variable, a test of the latter says what a test of
// the copy said at the guard. A guard wider than the caller's test (`if (!client || fresh)`, `const own = !client ||
// fresh; if (own)`) is recorded only by the constant it tests or repeats (fa-32, review-31b's open case).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { encloses, parentSkippingWrappers, soleGuardOf, statementList, unwrapExpression } from "../node-shapes.js";
import type { Acquisition } from "./acquisition.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface HoldFlag {
  /** The constant. */
  variable: Variable;
  /** The checkout was made (and is this function's to release) when the constant is truthy; else when falsy. */
  heldWhenTruthy: boolean;
}

const isNullish = (node: TSESTree.Node): boolean =>
  (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined");

/**
 * From a read of `base`, up through `!`, `Boolean(…)` and comparisons with null/undefined: the expression `top` it
 * ends in, and whether `top` is truthy exactly when `base` is set (`setWhenTruthy`); null for any other shape.
 */
function testOf(read: TSESTree.Node): { top: TSESTree.Node; setWhenTruthy: boolean } | null {
  let node = read;
  let setWhenTruthy = true;
  for (;;) {
    const parent = parentSkippingWrappers(node);
    if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "!") {
      setWhenTruthy = !setWhenTruthy;
    } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.length === 1 && unwrapExpression(parent.callee).type === AST_NODE_TYPES.Identifier && (unwrapExpression(parent.callee) as TSESTree.Identifier).name === "Boolean") {
      // `Boolean(provided)`: the same truth value
    } else if (parent?.type === AST_NODE_TYPES.BinaryExpression && ["==", "!=", "===", "!=="].includes(parent.operator)) {
      const other = unwrapExpression(parent.left) === unwrapExpression(node) ? parent.right : parent.left;
      if (!isNullish(unwrapExpression(other))) return null;
      if (parent.operator === "==" || parent.operator === "===") setWhenTruthy = !setWhenTruthy;
    } else {
      return { top: node, setWhenTruthy };
    }
    node = parent;
  }
}

/** A `const` declared once whose initialiser is `top`. */
function constantInitialisedBy(top: TSESTree.Node, sourceCode: SourceCode): Variable | null {
  const declarator = parentSkippingWrappers(top);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (!declarator.init || unwrapExpression(declarator.init) !== unwrapExpression(top) || declarator.parent.kind !== "const") return null;
  return sourceCode.getDeclaredVariables(declarator.parent).find((variable) => variable.identifiers.includes(declarator.id as TSESTree.Identifier)) ?? null;
}

/**
 * `if (client == null) client = await pool.connect()` (or `if (!client)`): the variable, set by the caller when the
 * test fails, that the checkout overwrites, and the `if` statement; null for any other shape.
 */
function guardedSelfCheckout(acquisition: Acquisition, sourceCode: SourceCode): { variable: Variable; guard: TSESTree.IfStatement; made?: HoldFlag } | null {
  const assignment = acquisition.binding;
  const client = acquisition.client;
  if (!client || assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left.type !== AST_NODE_TYPES.Identifier) return null;
  const guard = soleGuardOf(assignment);
  if (!guard) return null;
  const test = unwrapExpression(guard.test);
  const flagged = constantTestBehind(test, sourceCode);
  if (flagged) {
    if (flaggedGuard(flagged, client, assignment)) return { variable: client, guard };
    // `if (made)` with `const made = qr === undefined || fresh`, `if (!reuse)` with `const reuse = client && !fresh`:
    // the checkout runs exactly when the guard, the constant in its sense, is truthy — and always for a caller who gave none.
    const recorded = recordingFlag(flagged.name, client, sourceCode);
    if (!recorded || recorded.truthyWhenNone === flagged.negated) return null;
    return { variable: client, guard, made: { variable: recorded.flag, heldWhenTruthy: !flagged.negated } };
  }
  // `const made = qr === undefined || fresh; if (qr === undefined || fresh) qr = …`: the same test written twice.
  const repeated = repeatedTestFlag(guard, sourceCode);
  const recorded = repeated ? recordingFlag(repeated, client, sourceCode) : null;
  if (recorded?.truthyWhenNone) return { variable: client, guard, made: { variable: recorded.flag, heldWhenTruthy: true } };
  const read = client.references.find((reference) => reference.identifier.range[0] >= test.range[0] && reference.identifier.range[1] <= test.range[1]);
  const tested = read ? testOf(read.identifier) : null;
  // The checkout runs when the test is truthy, so the test must be truthy exactly when the caller gave nothing.
  if (!tested || tested.setWhenTruthy) return null;
  if (unwrapExpression(tested.top) === test) return { variable: client, guard };
  // `if (qr === undefined || made)` with `const made = qr === undefined || …` (TypeORM's storeInCache): the test implies
  // the constant, so the checkout runs exactly when the constant is truthy.
  const made = test.type === AST_NODE_TYPES.LogicalExpression && test.operator === "||" && unwrapExpression(test.left) === unwrapExpression(tested.top) ? recordingFlag(test.right, client, sourceCode) : null;
  return made?.truthyWhenNone ? { variable: client, guard, made: { variable: made.flag, heldWhenTruthy: true } } : null;
}

/**
 * `own` or `!own` as a guard's test, `own` a `const` (`const own = !client; if (own) client = await pool.connect()`):
 * its initialiser, and whether the test negates it (an odd number of `!`); null for any other test (review-31b).
 */
function constantTestBehind(test: TSESTree.Node, sourceCode: SourceCode): { init: TSESTree.Node; negated: boolean; name: TSESTree.Identifier } | null {
  let node = test;
  let negated = false;
  while (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "!") {
    node = unwrapExpression(node.argument);
    negated = !negated;
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const flag = findVariable(sourceCode.getScope(node), node);
  const declarator = flag?.defs.length === 1 ? flag.defs[0]!.node : null;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init || declarator.parent.kind !== "const") return null;
  return { init: unwrapExpression(declarator.init), negated, name: node };
}

/** Reads only: names, literals, static members and the operators that call nothing but getters (no call, `new`, write, await). */
function isReadOnlyTest(node: TSESTree.Node): boolean {
  const test = unwrapExpression(node);
  switch (test.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.ThisExpression:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return !test.computed && isReadOnlyTest(test.object);
    case AST_NODE_TYPES.UnaryExpression:
      return (test.operator === "!" || test.operator === "typeof") && isReadOnlyTest(test.argument);
    case AST_NODE_TYPES.BinaryExpression:
      return ["==", "!=", "===", "!=="].includes(test.operator) && isReadOnlyTest(test.left) && isReadOnlyTest(test.right);
    case AST_NODE_TYPES.LogicalExpression:
      return isReadOnlyTest(test.left) && isReadOnlyTest(test.right);
    default:
      return false;
  }
}

/**
 * `const made = T; if (T) …` — the guard's test, reads only, written token for token as the initialiser of a `const`
 * declared in the statement right before the guard (nothing runs between the two evaluations): an identifier standing
 * for that constant, to be read as if the guard tested it; null for any other shape (review-31b's open case).
 */
function repeatedTestFlag(guard: TSESTree.IfStatement, sourceCode: SourceCode): TSESTree.Identifier | null {
  const list = statementList(guard);
  const previous = list ? list[list.indexOf(guard) - 1] : undefined;
  if (previous?.type !== AST_NODE_TYPES.VariableDeclaration || previous.kind !== "const") return null;
  if (!isReadOnlyTest(guard.test)) return null;
  const tokens = (node: TSESTree.Node): string => sourceCode.getTokens(unwrapExpression(node)).map((token) => token.value).join(" ");
  const text = tokens(guard.test);
  const declarator = previous.declarations.find((candidate) => candidate.init && candidate.id.type === AST_NODE_TYPES.Identifier && tokens(candidate.init) === text);
  // What a later declarator of the same statement runs comes between the two evaluations: `const own = !client ||
  // urgent, x = (urgent = true); if (!client || urgent)` checks out for a caller's client with `own` false (review-32c).
  const later = declarator ? previous.declarations.slice(previous.declarations.indexOf(declarator) + 1) : [];
  if (later.some((candidate) => candidate.init && !isReadOnlyTest(candidate.init))) return null;
  return declarator?.id.type === AST_NODE_TYPES.Identifier ? declarator.id : null;
}

/**
 * The constant behind the guard is a test of `client` (`!client`, `client != null`) that, through the guard's own
 * negations, is truthy exactly when the caller gave nothing, and nothing writes `client` but the checkout: the guard
 * says what a direct test would, and the constant is one of the flags derivedHoldFlags collects.
 */
function flaggedGuard(flagged: { init: TSESTree.Node; negated: boolean }, client: Variable, assignment: TSESTree.AssignmentExpression): boolean {
  const { init, negated } = flagged;
  const read = client.references.find((reference) => reference.identifier.range[0] >= init.range[0] && reference.identifier.range[1] <= init.range[1]);
  const tested = read ? testOf(read.identifier) : null;
  if (!tested || unwrapExpression(tested.top) !== init || tested.setWhenTruthy !== negated) return false;
  return client.references.every((reference) => !reference.isWrite() || reference.init || reference.identifier === assignment.left);
}

/** The operands of a chain of one logical operator (`a || b || c`: a, b, c), wrappers removed. */
function operandsOf(node: TSESTree.Node, operator: "||" | "&&"): TSESTree.Node[] {
  const expression = unwrapExpression(node);
  if (expression.type !== AST_NODE_TYPES.LogicalExpression || expression.operator !== operator) return [expression];
  return [...operandsOf(expression.left, operator), ...operandsOf(expression.right, operator)];
}

/**
 * `made`, a `const` declared `const made = T || …` with `T` (any operand) a test of `client` truthy when the caller
 * gave nothing (`client === undefined`, `!client`) — the constant is then truthy whenever the caller gave none — or
 * `const reuse = T && …` with `T` truthy when the caller gave one (`client`, `client != null`) — falsy whenever the
 * caller gave none; `client` written nowhere but by declarations and the checkout's own assignment after it: the
 * constant and which of the two; null for any other shape.
 */
function recordingFlag(node: TSESTree.Node, client: Variable, sourceCode: SourceCode): { flag: Variable; truthyWhenNone: boolean } | null {
  const named = unwrapExpression(node);
  if (named.type !== AST_NODE_TYPES.Identifier) return null;
  const flag = findVariable(sourceCode.getScope(named), named);
  const declarator = flag?.defs.length === 1 ? flag.defs[0]!.node : null;
  if (!flag || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init || declarator.parent.kind !== "const") return null;
  const init = unwrapExpression(declarator.init);
  if (init.type !== AST_NODE_TYPES.LogicalExpression || (init.operator !== "||" && init.operator !== "&&")) return null;
  const truthyWhenNone = init.operator === "||";
  const testsClient = (operand: TSESTree.Node): boolean => {
    const read = client.references.find((reference) => reference.identifier.range[0] >= operand.range[0] && reference.identifier.range[1] <= operand.range[1]);
    const tested = read ? testOf(read.identifier) : null;
    return tested !== null && unwrapExpression(tested.top) === operand && tested.setWhenTruthy !== truthyWhenNone;
  };
  if (!operandsOf(init, init.operator).some(testsClient)) return null;
  const writes = client.references.filter((reference) => reference.isWrite() && !reference.init);
  return writes.length === 1 && writes[0]!.identifier.range[0] > named.range[0] ? { flag, truthyWhenNone } : null;
}

/**
 * `let copy = provided` declared before `guard`, with no other write of `copy` outside it, and `provided` written
 * nowhere but its own declaration: the caller's variable `copy` was copied from; null for any other shape.
 */
function copiedFrom(copy: Variable, guard: TSESTree.IfStatement, sourceCode: SourceCode): Variable | null {
  const declarator = copy.defs.length === 1 ? copy.defs[0]?.node : undefined;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init || declarator.range[1] > guard.range[0]) return null;
  const init = unwrapExpression(declarator.init);
  if (init.type !== AST_NODE_TYPES.Identifier) return null;
  if (copy.references.some((reference) => reference.isWrite() && !reference.init && !encloses(guard, reference.identifier))) return null;
  const source = findVariable(sourceCode.getScope(init), init);
  if (!source || source === copy || source.references.some((reference) => reference.isWrite() && !reference.init)) return null;
  return source;
}

/** The constants derived from the caller's client (see the top of this file) that record whether `acquisition` was made. */
export function derivedHoldFlags(acquisition: Acquisition, sourceCode: SourceCode): HoldFlag[] {
  const self = acquisition.alternative ? null : guardedSelfCheckout(acquisition, sourceCode);
  const base = acquisition.alternative ?? self?.variable;
  if (!base) return [];
  const flags: HoldFlag[] = self?.made ? [self.made] : [];
  const collect = (variable: Variable, readsBefore: number | null): void => {
    for (const reference of variable.references) {
      if (!reference.isRead()) continue;
      // Read before the checkout overwrites it: only then does it say what the caller gave.
      if (readsBefore !== null && reference.identifier.range[1] > readsBefore) continue;
      const tested = testOf(reference.identifier);
      const flag = tested ? constantInitialisedBy(tested.top, sourceCode) : null;
      if (flag && tested) flags.push({ variable: flag, heldWhenTruthy: !tested.setWhenTruthy });
    }
  };
  // A guard wider than the caller's test (`if (!client || fresh)`) checks out for a caller that gave a client too: a
  // constant recording only what the caller gave (`const provided = !!client`) no longer says whether it did.
  if (self?.made) return flags;
  collect(base, self ? self.guard.range[0] : null);
  // The caller's variable the overwritten one copied is never written, so any read of it speaks.
  const source = self ? copiedFrom(self.variable, self.guard, sourceCode) : null;
  if (source) collect(source, null);
  return flags;
}
