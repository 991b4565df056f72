// `conn = this.client instanceof Pool ? await this.client.connect() : this.client`: a driver given either a pool or a
// client checks out only when it holds a pool, and later releases under the same test (`if (this.client instanceof
// Pool) conn.release()`), as drizzle-orm's and waddler's node-postgres sessions do. That test is the code's record of
// whether it holds a checkout: on its false branch nothing was checked out. It says so only while the tested value
// cannot change in between: a `const`, or a field of the class that nothing but the constructor assigns. The checkout
// may also be wrapped in that branch (`s = this.client instanceof Pool ? new Session(await this.client.connect()) :
// this`, drizzle-orm's neon-serverless and vercel-postgres sessions as PR #6242 fixes them).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { enclosingClassBody, memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface InstanceCheckout {
  /** The variable the conditional assigns: it holds the checkout or the borrowed client. */
  client: Variable;
  /** The declarator or assignment that binds it. */
  binding: TSESTree.VariableDeclarator | TSESTree.AssignmentExpression;
  /** The text of the tested value (`this.client`) and the class name (`Pool`): the same test elsewhere says "held". */
  tested: string;
  className: string;
  /** The checkout happened when the test holds (false for `!(x instanceof Pool) ? x : await x.connect()`). */
  heldWhenTrue: boolean;
}

/** An `instanceof` test of a steady value (`this.client instanceof Pool`, possibly negated) choosing `top`'s branch. */
interface SteadyInstanceTest {
  tested: TSESTree.Expression;
  text: string;
  className: string;
  heldWhenTrue: boolean;
}

function steadyInstanceTest(
  sourceCode: SourceCode,
  conditional: TSESTree.ConditionalExpression,
  top: TSESTree.Node,
): SteadyInstanceTest | null {
  let test = unwrapExpression(conditional.test);
  let heldWhenTrue = conditional.consequent === top;
  if (!heldWhenTrue && conditional.alternate !== top) return null;
  while (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === "!") {
    heldWhenTrue = !heldWhenTrue;
    test = unwrapExpression(test.argument);
  }
  if (test.type !== AST_NODE_TYPES.BinaryExpression || test.operator !== "instanceof") return null;
  const className = unwrapExpression(test.right);
  if (className.type !== AST_NODE_TYPES.Identifier) return null;
  const tested = unwrapExpression(test.left) as TSESTree.Expression;
  if (!isSteady(sourceCode, tested)) return null;
  return { tested, text: sourceCode.getText(tested), className: className.name, heldWhenTrue };
}

/**
 * For the awaited checkout `top`, one branch of `conditional`: the `instanceof` choice assigned to a variable of the
 * same function, whose other branch is the tested value itself; null for any other shape.
 */
export function instanceCheckout(
  sourceCode: SourceCode,
  conditional: TSESTree.ConditionalExpression,
  top: TSESTree.Node,
): InstanceCheckout | null {
  const test = steadyInstanceTest(sourceCode, conditional, top);
  if (!test) return null;
  const borrowed = unwrapExpression(conditional.consequent === top ? conditional.alternate : conditional.consequent);
  if (sourceCode.getText(borrowed) !== test.text) return null;
  const binding = assignedVariable(sourceCode, conditional);
  return binding ? { ...binding, tested: test.text, className: test.className, heldWhenTrue: test.heldWhenTrue } : null;
}

/**
 * For `construction`, the wrapper holding the checkout (`new Session(await this.client.connect())`) and bound to
 * `client` by `binding`: when it is one branch of an `instanceof` choice of a steady value, that choice; null
 * otherwise. The other branch is whatever the code uses without a checkout (`this`).
 */
export function wrappedInstanceCheckout(
  sourceCode: SourceCode,
  construction: TSESTree.NewExpression,
  client: Variable,
  binding: TSESTree.VariableDeclarator,
): InstanceCheckout | null {
  const conditional = parentSkippingWrappers(construction);
  if (conditional?.type !== AST_NODE_TYPES.ConditionalExpression) return null;
  let top: TSESTree.Node = construction;
  while (top.parent && top.parent !== conditional) top = top.parent;
  const test = steadyInstanceTest(sourceCode, conditional, top);
  return test ? { client, binding, tested: test.text, className: test.className, heldWhenTrue: test.heldWhenTrue } : null;
}

/**
 * Every test of the same value against the same class inside `owner` (`if (this.client instanceof Pool)`), with the
 * identifier of the class — the last one the test evaluates, where the guard goes — and whether the checkout is held
 * when the test holds.
 */
export function instanceTests(
  sourceCode: SourceCode,
  owner: TSESTree.Node,
  checkout: InstanceCheckout,
): Array<{ test: TSESTree.BinaryExpression; classIdentifier: TSESTree.Identifier }> {
  const tests: Array<{ test: TSESTree.BinaryExpression; classIdentifier: TSESTree.Identifier }> = [];
  someNodeBelow([owner], (node) => {
    if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== "instanceof") return false;
    const right = unwrapExpression(node.right);
    if (right.type === AST_NODE_TYPES.Identifier && right.name === checkout.className && sourceCode.getText(unwrapExpression(node.left)) === checkout.tested) {
      tests.push({ test: node, classIdentifier: right });
    }
    return false;
  });
  return tests;
}

/** A `const`, or `this.field` of a class that assigns the field only in its constructor (or as a parameter property). */
function isSteady(sourceCode: SourceCode, tested: TSESTree.Node): boolean {
  if (tested.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(sourceCode.getScope(tested), tested);
    const definition = variable?.defs[0];
    return (
      variable?.defs.length === 1 &&
      definition?.node.type === AST_NODE_TYPES.VariableDeclarator &&
      definition.node.parent.type === AST_NODE_TYPES.VariableDeclaration &&
      definition.node.parent.kind === "const"
    );
  }
  if (tested.type !== AST_NODE_TYPES.MemberExpression || tested.computed) return false;
  if (unwrapExpression(tested.object).type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = memberPropertyName(tested);
  const body = enclosingClassBody(tested);
  if (name === null || !body) return false;
  return !someNodeBelow([body], (node) => {
    if (node.type === AST_NODE_TYPES.MethodDefinition && node.kind === "constructor") return "skip";
    const target =
      node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : null;
    if (!target) return false;
    const assigned = unwrapExpression(target);
    return (
      assigned.type === AST_NODE_TYPES.MemberExpression &&
      unwrapExpression(assigned.object).type === AST_NODE_TYPES.ThisExpression &&
      memberPropertyName(assigned) === name
    );
  });
}

/** `const c = <conditional>` / `let c = …`, or `c = <conditional>` with `c` a variable of the same function. */
function assignedVariable(
  sourceCode: SourceCode,
  conditional: TSESTree.ConditionalExpression,
): { client: Variable; binding: TSESTree.VariableDeclarator | TSESTree.AssignmentExpression } | null {
  const holder = parentSkippingWrappers(conditional);
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) {
    if (holder.parent.kind !== "const" && holder.parent.kind !== "let") return null;
    const client = sourceCode.getDeclaredVariables(holder.parent).find((variable) => variable.identifiers.includes(holder.id as TSESTree.Identifier));
    return client ? { client, binding: holder } : null;
  }
  if (holder?.type !== AST_NODE_TYPES.AssignmentExpression || holder.operator !== "=" || holder.left.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  const client = findVariable(sourceCode.getScope(holder), holder.left);
  if (!client || client.scope.variableScope !== sourceCode.getScope(holder).variableScope) return null;
  return { client, binding: holder };
}
