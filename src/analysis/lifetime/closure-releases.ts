// The owner's own closures that release the client (`const finish = () => client.release()`, then `finish()`), and
// the nested functions between a reference and the function that owns the checkout.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type FunctionNode, isFunctionNode, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { ClientReferenceKind } from "./client-references.js";
import { guardShape } from "./guard-shape.js";
import { someNodeBelow } from "../ast-walk.js";
import { answersErrorFirst } from "./error-first-answers.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The functions between `node` and `owner`, outermost first; null when `owner` does not contain `node`. */
export function functionsBetween(node: TSESTree.Node, owner: TSESTree.Node): FunctionNode[] | null {
  const chain: FunctionNode[] = [];
  let current = node.parent;
  while (current && current !== owner) {
    if (isFunctionNode(current)) chain.push(current);
    current = current.parent;
  }
  if (current !== owner) return null;
  return chain.reverse();
}

const MAX_CLOSURE_DEPTH = 4;
/**
 * Calls of the owner's own closures that release the client — `const finish = () => { if (client) client.release(); }`
 * then `finish()`, and `fail()` calling `finish()` — as the callee identifiers: each such call is a release there.
 * Such a closure passed to a call (`cb(null, client, done)` with `done` wrapping pg's release) hands the release
 * over, as passing pg's `done` itself does: `handedOver`.
 */
export function closureReleaseCalls(
  references: ReadonlyArray<{ identifier: TSESTree.Identifier; kind: ClientReferenceKind }>,
  owner: TSESTree.Node,
  sourceCode: SourceCode,
): { calls: Set<TSESTree.Identifier>; handedOver: Set<TSESTree.Identifier>; tests: Map<TSESTree.Identifier, TSESTree.CallExpression> } {
  const calls = new Set<TSESTree.Identifier>();
  const handedOver = new Set<TSESTree.Identifier>();
  const tests = new Map<TSESTree.Identifier, TSESTree.CallExpression>();
  const seen = new Set<Variable>();
  // A closure that releases the client, or hands over the release (`client.query("ROLLBACK", done)`), gives it back.
  let frontier: TSESTree.Node[] = references
    .filter((reference) => reference.kind === "release" || reference.kind === "transfer")
    .map((reference) => reference.identifier);
  for (let depth = 0; depth < MAX_CLOSURE_DEPTH && frontier.length > 0; depth++) {
    const next: TSESTree.Node[] = [];
    for (const node of frontier) {
      const closure = functionsBetween(node, owner)?.[0];
      const variable = closure ? namedFunctionVariable(closure, sourceCode) : null;
      if (!variable || seen.has(variable)) continue;
      seen.add(variable);
      const releasesWhenTrue = depth === 0 && releasesOnlyWhenReturningTrue(closure!, frontier);
      for (const reference of variable.references) {
        const callee = reference.identifier as TSESTree.Identifier;
        const call = parentSkippingWrappers(callee);
        if (call?.type !== AST_NODE_TYPES.CallExpression || functionsBetween(callee, owner) === null) continue;
        if (unwrapExpression(call.callee) !== callee) {
          if (call.arguments.some((argument) => unwrapExpression(argument) === callee)) handedOver.add(callee);
          continue;
        }
        // `if (shouldAbort(err)) return;`: the call gives the client back only on the branch where it answers true.
        if (releasesWhenTrue && guardShape(call)) {
          tests.set(callee, call);
          continue;
        }
        calls.add(callee);
        next.push(callee);
      }
    }
    frontier = next;
  }
  return { calls, handedOver, tests };
}

/**
 * node-postgres's own transaction example: `const shouldAbort = (err) => { if (err) { …ROLLBACK…, done() } return
 * !!err; }`. The closure releases only inside `if (p)` and answers that same test, so a call used as a test gives the
 * client back on the branch where it answers true, and keeps it held on the other.
 */
function releasesOnlyWhenReturningTrue(closure: FunctionNode, releases: readonly TSESTree.Node[]): boolean {
  const test = answeredTest(closure)?.test;
  if (!test) return false;
  const inside = (node: TSESTree.Node) => node.range[0] >= test.consequent.range[0] && node.range[1] <= test.consequent.range[1];
  const own = releases.filter((node) => functionsBetween(node, closure) !== null);
  return own.length > 0 && own.every(inside);
}

/**
 * `{ if (p) { … } return !!p; }` (or `return p`, `return Boolean(p)`) and nothing else: the closure answers whether
 * `p` is set, and does its work only then.
 */
function answeredTest(closure: FunctionNode): { test: TSESTree.IfStatement; name: string } | null {
  if (closure.body.type !== AST_NODE_TYPES.BlockStatement) return null;
  const [test, answer, ...rest] = closure.body.body;
  if (rest.length > 0 || test?.type !== AST_NODE_TYPES.IfStatement || test.alternate || answer?.type !== AST_NODE_TYPES.ReturnStatement) return null;
  const tested = unwrapExpression(test.test);
  if (tested.type !== AST_NODE_TYPES.Identifier || !answer.argument || !answersTruthinessOf(unwrapExpression(answer.argument), tested.name)) return null;
  // A `return` inside the `if` answers something else on that branch (`{ done(); return false; }`): not this shape.
  if (returnsWithin(test.consequent)) return null;
  return { test, name: tested.name };
}

/** A `return` of the function `node` belongs to, inside `node` (nested functions' own returns left out). */
function returnsWithin(node: TSESTree.Node): boolean {
  return someNodeBelow([node], (child) => (isFunctionNode(child) ? "skip" : child.type === AST_NODE_TYPES.ReturnStatement));
}

/** `name`, `!!name` or `Boolean(name)`: the same truthiness as `name`. */
function answersTruthinessOf(expression: TSESTree.Node, name: string): boolean {
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name === name;
  if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === "!") {
    const inner = unwrapExpression(expression.argument);
    return inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === "!" && answersTruthinessOf(unwrapExpression(inner.argument), name);
  }
  return (
    expression.type === AST_NODE_TYPES.CallExpression &&
    expression.callee.type === AST_NODE_TYPES.Identifier &&
    expression.callee.name === "Boolean" &&
    expression.arguments.length === 1 &&
    answersTruthinessOf(unwrapExpression(expression.arguments[0]!), name)
  );
}

/**
 * `shouldAbort(err)`, where the file's own closure answers whether the parameter `argument` lands in is set (see
 * answeredTest): the call is a test of `argument` itself.
 */
export function answersWhetherSet(call: TSESTree.CallExpression, argument: TSESTree.Node, sourceCode: SourceCode): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const index = call.arguments.findIndex((node) => unwrapExpression(node) === argument);
  const definition = sourceCode.getScope(callee).references.find((reference) => reference.identifier === callee)?.resolved?.defs[0];
  const node = definition?.node;
  const closure = node?.type === AST_NODE_TYPES.VariableDeclarator ? node.init : node;
  if (index < 0 || !closure || !isFunctionNode(closure)) return false;
  const parameter = closure.params[index];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return false;
  // …or, `if (!err) return false; …; return true;`, answers whether it is set (error-first-answers.ts).
  return answeredTest(closure)?.name === parameter.name || answersErrorFirst(closure, parameter.name);
}

/** The variable naming a function: `function finish() {}`, `const finish = () => {}`; null for inline callbacks. */
export function namedFunctionVariable(fn: FunctionNode, sourceCode: SourceCode): Variable | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ? (sourceCode.getDeclaredVariables(fn)[0] ?? null) : null;
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  return sourceCode.getDeclaredVariables(declarator)[0] ?? null;
}
