// `const session = isPool ? new Session(await P.connect()) : this`: the code checks a client out only when a condition
// says so, and later releases under the same condition (`finally { if (isPool) session.client.release() }`). That
// test is the code's own record of whether it holds a checkout: on the branch where it is false nothing was checked
// out, so nothing is left to release there (drizzle-orm's NodePgSession.transaction as PR #6032 rewrote it).
// The condition is a `const`, or a property of a binding that is never reassigned — an imported module, a `const` —
// that the file never writes (`const client = db.pools_connections ? await db.getClient() : db`, saltcorn's driver
// flag). Another module, or a call in between, could still change such a property; the correlation then misses the
// leak the flip would cause (a release skipped), never reports one: a test that runs only where the checkout
// was made never makes a client held. A variable that could be reassigned between the checkout and the release says
// nothing. A compound test (`!db.pools_connections || options?.no_transaction ? db : await db.getClient()`, saltcorn's
// import_csv_file) is read as what each of its operands must be where the checkout was made (here
// `db.pools_connections` truthy, `options?.no_transaction` falsy), when every operand is such a stable read (a
// parameter never reassigned counts as such a binding) and the test joins them so that the checkout's branch needs
// all of them (`a && b` on its truthy side, `a || b` on its falsy side): each is then a condition of its own.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { encloses, isWrittenMember, memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { guardShape } from "./guard-shape.js";
import { isWrittenAgain } from "../variable-references.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface CheckoutCondition {
  /** The constant tested by the conditional that chose to check out, or the binding whose `property` it tested. */
  variable: Variable;
  /** The property of `variable` tested (`db.pools_connections`); undefined when the constant itself is tested. */
  property?: string;
  /** The checkout happened when the test is truthy (false: when it is falsy, `!isPool ? other : new Session(…)`). */
  heldWhenTruthy: boolean;
}

/**
 * For `branch`, the expression holding the checkout (`new Session(await P.connect())`, `await db.getClient()`): when it
 * is one branch of a conditional whose test is a plain `const` identifier or a stable property read (see above),
 * possibly negated — or several joined so that the checkout's branch needs each of them — those conditions and the
 * polarity each had where the checkout was made; null for any other shape.
 */
export function checkoutCondition(sourceCode: SourceCode, branch: TSESTree.Node): CheckoutCondition[] | null {
  const conditional = parentSkippingWrappers(branch);
  if (conditional?.type !== AST_NODE_TYPES.ConditionalExpression) return null;
  let top: TSESTree.Node = branch;
  while (top.parent && top.parent !== conditional) top = top.parent;
  if (conditional.test === top) return null;
  return heldConditions(sourceCode, conditional.test, conditional.consequent === top);
}

/** What each operand of `test` is where it evaluates to `truthy`, when all of them must be so; else null. */
function heldConditions(sourceCode: SourceCode, node: TSESTree.Node, truthy: boolean): CheckoutCondition[] | null {
  const test = unwrapExpression(node);
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === "!") return heldConditions(sourceCode, test.argument, !truthy);
  if (test.type === AST_NODE_TYPES.LogicalExpression) {
    // `a && b` is truthy only when both are, `a || b` falsy only when both are; the other sides say nothing of each.
    if (test.operator !== (truthy ? "&&" : "||")) return null;
    const left = heldConditions(sourceCode, test.left, truthy);
    const right = left && heldConditions(sourceCode, test.right, truthy);
    return left && right ? [...left, ...right] : null;
  }
  if (test.type === AST_NODE_TYPES.MemberExpression) {
    const condition = stablePropertyCondition(sourceCode, test, truthy);
    return condition ? [condition] : null;
  }
  if (test.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode.getScope(test), test);
  if (!variable || !isConstant(variable)) return null;
  return [{ variable, heldWhenTruthy: truthy }];
}

/**
 * The nodes that read the condition: the constant's references, or each `binding.property` read off the binding (the
 * member expression). Each may be a test of a later `if`, `?:` or `&&`.
 */
export function conditionReads(condition: CheckoutCondition): TSESTree.Node[] {
  const reads: TSESTree.Node[] = [];
  for (const reference of condition.variable.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (condition.property === undefined) {
      reads.push(identifier);
      continue;
    }
    const member = propertyRead(identifier, condition.property);
    if (member) reads.push(member);
  }
  return reads;
}

/**
 * `db.pools_connections` with `db` bound once and never reassigned — an import, a `const`, a parameter — and nothing
 * in the file writing that property; `options?.no_transaction` reads the same on every read while `options` is not
 * reassigned.
 */
function stablePropertyCondition(sourceCode: SourceCode, test: TSESTree.MemberExpression, truthy: boolean): CheckoutCondition | null {
  const property = test.computed ? null : memberPropertyName(test);
  const object = unwrapExpression(test.object);
  if (property === null || object.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode.getScope(object), object);
  if (!variable || variable.defs.length !== 1 || isWrittenAgain(variable)) return null;
  const definition = variable.defs[0]!;
  const parameter = definition.type === "Parameter" && definition.name.parent === definition.node;
  if (definition.type !== "ImportBinding" && !parameter && !isConstant(variable)) return null;
  for (const reference of variable.references) {
    const member = propertyRead(reference.identifier as TSESTree.Identifier, property);
    if (member && isWrittenMember(member)) return null;
  }
  return { variable, property, heldWhenTruthy: truthy };
}

/** `identifier.property` (not computed, not optional) around `identifier`, or null. */
function propertyRead(identifier: TSESTree.Identifier, property: string): TSESTree.MemberExpression | null {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return null;
  return !member.computed && memberPropertyName(member) === property ? member : null;
}

/** Declared once with `const` (never written again). */
function isConstant(variable: Variable): boolean {
  const definition = variable.defs[0];
  if (variable.defs.length !== 1 || definition?.node.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  const declaration = definition.node.parent;
  return declaration?.type === AST_NODE_TYPES.VariableDeclaration && declaration.kind === "const";
}

/**
 * `const client = db.pools_connections ? await db.getClient() : db`: the checkout `awaited` is one branch of a
 * conditional that initialises a `const`/`let` of its own, chosen by a condition checkoutCondition reads. The variable
 * holds the checkout only where the condition holds; elsewhere it holds what the other branch gave, nothing to release.
 * Followed only when the code says so itself: every `client.release(…)` sits under a test of that same condition
 * (`if (db.pools_connections) await client.release(true)`). A release under another test — a constant copied from
 * the condition (`const acquired = isPool`), a method check — leaves the client unfollowed, as before.
 */
export function conditionalCheckout(
  sourceCode: SourceCode,
  awaited: TSESTree.Node,
): { client: Variable; declarator: TSESTree.VariableDeclarator; heldWhen: CheckoutCondition[] } | null {
  const conditional = parentSkippingWrappers(awaited);
  const declarator = conditional ? parentSkippingWrappers(conditional) : null;
  if (conditional?.type !== AST_NODE_TYPES.ConditionalExpression || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  if (!declarator.init || unwrapExpression(declarator.init) !== conditional || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  if (declaration.kind !== "const" && declaration.kind !== "let") return null;
  const heldWhen = checkoutCondition(sourceCode, awaited);
  const id = declarator.id;
  const client = heldWhen ? sourceCode.getDeclaredVariables(declaration).find((variable) => variable.identifiers.includes(id)) : undefined;
  return heldWhen && client && releasedUnderCondition(client, heldWhen) ? { client, declarator, heldWhen } : null;
}

/** `client` has a release, and each one sits where a test of one of `conditions` says the checkout is held. */
function releasedUnderCondition(client: Variable, conditions: readonly CheckoutCondition[]): boolean {
  const releases = client.references.flatMap((reference) => {
    const member = parentSkippingWrappers(reference.identifier);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(member) !== "release") return [];
    const call = parentSkippingWrappers(member);
    return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member ? [call] : [];
  });
  if (releases.length === 0) return false;
  const heldBranches = conditions.flatMap((condition) =>
    conditionReads(condition).flatMap((read) => {
      const guard = guardShape(read);
      return guard && guard.truthy === condition.heldWhenTruthy ? [guard.thenNode] : [];
    }),
  );
  return releases.every((release) => heldBranches.some((branch) => encloses(branch, release)));
}
