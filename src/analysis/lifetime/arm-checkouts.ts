// `const client = local ? await getClient() : await db.connect()`: a checkout in one arm of a choice (a conditional,
// or either side of `??`/`||`, through parentheses and TS wrappers) that initialises a variable of its own. Where
// every arm is a checkout the file already follows, the variable holds a checkout on every path, whichever arm ran,
// and each is followed like a plain declaration. Where some arm is anything else (a dedicated client, the caller's,
// a value the analysis cannot name), which arm ran may steer the code later (`if (!local) client.release()`, an early
// `return` under the same test) in ways no path of this function shows: then the checkout is reported only when
// nothing anywhere releases or hands over the variable — never released on any path, whichever arm ran. The readings
// that already say which arm holds the checkout (fallback-checkout.ts, checkout-condition.ts, instance-checkout.ts)
// are tried first. An arm that is `null`, `undefined` or `void 0` holds nothing, and where the function tests the
// variable itself (`if (!client) return …`, `client && …`, `client == null`) that test says which arm ran, so such arms
// are left out and the checkout is followed like a plain declaration: Aleksey341/Parser_Autonomera's
// `const client = db.pool().connect ? await db.pool().connect() : null`, released after its query outside any finally.
// Not when the choice's own test is read again in the function (`if (!process.env.DB) return`, `if (useTx)
// client.release()`): that test may still steer the paths, whatever the test of the variable says (review-c).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { codePathOwner, isFunctionNode, isNothing, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { walk } from "../ast-walk.js";
import { guardShape } from "./guard-shape.js";
import type { Acquisition } from "./acquisition.js";
import type { Leak } from "./lifetime-findings.js";
import type { Callee, Tracked, Unit } from "./lifetime-model.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface ArmCheckout {
  client: Variable;
  declarator: TSESTree.VariableDeclarator;
  /** Every value the choice can give the variable (unwrapped), this checkout's `await` among them. */
  arms: TSESTree.Node[];
}

/** The awaited checkout `awaited` as an arm of a choice that declares a variable (see above); null for any other shape. */
export function armCheckout(sourceCode: SourceCode, awaited: TSESTree.Node): ArmCheckout | null {
  let node: TSESTree.Node = awaited;
  let parent = parentSkippingWrappers(node);
  let chosen = false;
  while (parent && isChoiceOver(parent, childOf(parent, node))) {
    chosen = true;
    node = parent;
    parent = parentSkippingWrappers(node);
  }
  if (!chosen || parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (!parent.init || unwrapExpression(parent.init) !== node) return null;
  const declaration = parent.parent;
  if (declaration.kind !== "const" && declaration.kind !== "let" && declaration.kind !== "var") return null;
  const id = parent.id;
  const client = sourceCode.getDeclaredVariables(parent).find((variable) => variable.identifiers.includes(id));
  if (!client) return null;
  const arms = armsOf(node);
  const toldApart = testedForNothing(client) && !choiceTestReadAgain(sourceCode, node, parent);
  return { client, declarator: parent, arms: toldApart ? arms.filter((arm) => !isNothing(arm)) : arms };
}

/** Some read of `client` is a test of the variable itself (guard-shape.ts), which tells a nullish arm from a client. */
function testedForNothing(client: Variable): boolean {
  return client.references.some((reference) => reference.isRead() && guardShape(reference.identifier as TSESTree.Node) !== null);
}

/**
 * A name or member chain that a test of the choice reads (`primary`, `process.env.DB`, `db.connect` in `typeof
 * db.connect === "function"`) is read again in the function outside the declaration: compared by its text.
 */
function choiceTestReadAgain(sourceCode: SourceCode, choice: TSESTree.Node, declarator: TSESTree.VariableDeclarator): boolean {
  const read = new Set<string>();
  for (const test of choiceTests(choice)) {
    walk(test, sourceCode.visitorKeys, (node) => {
      if (!isOperand(node)) return true;
      if (node.type !== AST_NODE_TYPES.Identifier || node.name !== "undefined") read.add(sourceCode.getText(node));
      return false;
    });
  }
  if (read.size === 0) return false;
  const owner = codePathOwner(declarator);
  let again = false;
  walk(isFunctionNode(owner) ? owner.body : owner, sourceCode.visitorKeys, (node) => {
    if (again || node === declarator) return false;
    if (isOperand(node) && read.has(sourceCode.getText(node))) again = true;
    return !again;
  });
  return again;
}

/** The tests of the conditionals that make up a choice (none for `??`/`||`). */
function choiceTests(choice: TSESTree.Node): TSESTree.Node[] {
  const node = unwrapExpression(choice);
  if (node.type === AST_NODE_TYPES.ConditionalExpression) return [node.test, ...choiceTests(node.consequent), ...choiceTests(node.alternate)];
  if (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === "??" || node.operator === "||")) {
    return [...choiceTests(node.left), ...choiceTests(node.right)];
  }
  return [];
}

/** A name or member chain read as a value: not the property name of `a.b`. */
function isOperand(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) return true;
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  return !(node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node && !node.parent.computed);
}

/** The direct child of `parent` that holds `node` (`node` itself, or the TS wrapper around it). */
function childOf(parent: TSESTree.Node, node: TSESTree.Node): TSESTree.Node {
  let child = node;
  while (child.parent && child.parent !== parent) child = child.parent;
  return child;
}

/** `child` is a value `parent` may evaluate to: an arm of a conditional, or either operand of `??`/`||`. */
function isChoiceOver(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  if (parent.type === AST_NODE_TYPES.ConditionalExpression) return parent.test !== child;
  return parent.type === AST_NODE_TYPES.LogicalExpression && (parent.operator === "??" || parent.operator === "||");
}

function armsOf(choice: TSESTree.Node): TSESTree.Node[] {
  const node = unwrapExpression(choice);
  if (node.type === AST_NODE_TYPES.ConditionalExpression) return [...armsOf(node.consequent), ...armsOf(node.alternate)];
  if (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === "??" || node.operator === "||")) {
    return [...armsOf(node.left), ...armsOf(node.right)];
  }
  return [node];
}

/**
 * Of the acquisitions made in an arm, those with an arm that is not itself the awaited checkout of one of `found`:
 * followed only while the variable has no release and no hand-over anywhere (see above).
 */
export function armsWithOtherValues<T extends Pick<Acquisition, "arms" | "awaited" | "call">>(found: readonly T[]): Set<T> {
  const checkouts = new Set<TSESTree.Node>();
  for (const acquisition of found) {
    const awaited = acquisition.awaited ?? parentSkippingWrappers(acquisition.call);
    if (awaited) checkouts.add(awaited);
  }
  const mixed = new Set<T>();
  for (const acquisition of found) {
    if (acquisition.arms && !acquisition.arms.every((arm) => checkouts.has(arm))) mixed.add(acquisition);
  }
  return mixed;
}

/**
 * What to report for a checkout in an arm whose choice has other values (see above), given the leak the paths show:
 * "never released", at the checkout, when nothing releases or hands over the variable, no helper it is passed to does
 * more than use it, and no path ends the process; null otherwise, since which arm ran may decide which path runs.
 */
export function otherArmsLeak(
  tracked: Tracked,
  leak: Leak | null,
  onlyUses: (callee: Callee) => boolean,
  endsProcess: (unit: Unit) => boolean,
): Leak | null {
  if (!leak || tracked.hasRelease || tracked.handsOver === true || !(tracked.callees ?? []).every(onlyUses)) return null;
  if (tracked.units.some(endsProcess)) return null;
  const { acquisition } = leak;
  return { acquisition, cause: "neverReleased", at: acquisition.call, line: acquisition.call.loc.start.line, exit: "end", tryStatement: null };
}
