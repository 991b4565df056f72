// The file's own error helper given pg's `done`: `function handleError(err, client, done) { if (!err) return false;
// if (client) done(client); …; return true; }`, then `if (handleError(err, client, done)) return;` in the connect
// callback (corpus: cuivienor/mnk-multiplayer). Passing `done` to a call hands the release over; but this helper calls
// it only after every answer that is falsy, so the call gives the client back only on the branch where it answers
// true, and the other branch still holds it (closure-releases.ts reads the owner's own `shouldAbort` closure the same
// way).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { isFunctionNode, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { guardShape } from "./guard-shape.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * For `done` passed to a call used as a test (`if (handleError(err, client, done)) return;`): that call, when the
 * callee is the file's own plain function (not async, not a generator, never reassigned) whose parameter there is
 * only ever called directly, and every path of it that reaches such a call ends in `return true` (or another truthy
 * literal) — so a falsy answer means the release was never called. Null for any other shape: the argument stays a
 * hand-over.
 */
export function releasingHelperTest(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.CallExpression | null {
  const call = parentSkippingWrappers(identifier);
  if (call?.type !== AST_NODE_TYPES.CallExpression || !guardShape(call)) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const index = call.arguments.findIndex((argument) => unwrapExpression(argument) === identifier);
  if (index < 0 || call.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  const variable = resolveIdentifier(sourceCode, callee);
  const helper = variable ? declaredFunction(variable) : null;
  if (!variable || !helper || helper.async || helper.generator || variable.references.some((reference) => reference.isWrite() && !reference.init)) {
    return null;
  }
  const parameter = helper.params[index];
  if (parameter?.type !== AST_NODE_TYPES.Identifier || helper.body.type !== AST_NODE_TYPES.BlockStatement) return null;
  const release = sourceCode.getDeclaredVariables(helper).find((declared) => declared.name === parameter.name);
  const uses = release?.references.map((reference) => reference.identifier as TSESTree.Identifier) ?? [];
  if (uses.length === 0 || !uses.every((use) => calledDirectlyIn(use, helper))) return null;
  return answersTrueOnceCalled(helper.body.body, uses) ? call : null;
}

/** `done(…)` itself, in `helper`'s own code (not a nested function, which may run later). */
function calledDirectlyIn(use: TSESTree.Identifier, helper: TSESTree.Node): boolean {
  const call = parentSkippingWrappers(use);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== use) return false;
  for (let node: TSESTree.Node | undefined = use.parent; node && node !== helper; node = node.parent) {
    if (isFunctionNode(node)) return false;
  }
  return true;
}

/**
 * From the first statement that calls the release on, every `return` answers a truthy literal and the body ends in one
 * (no falling off its end, which answers undefined): a path that has called the release answers true.
 */
function answersTrueOnceCalled(statements: readonly TSESTree.Statement[], uses: readonly TSESTree.Node[]): boolean {
  const first = statements.findIndex((statement) => uses.some((use) => use.range[0] >= statement.range[0] && use.range[1] <= statement.range[1]));
  const last = statements.at(-1);
  if (first < 0 || last?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  const falsyReturn = someNodeBelow(statements.slice(first), (node) => {
    if (isFunctionNode(node)) return "skip";
    return node.type === AST_NODE_TYPES.ReturnStatement && !truthyLiteral(node.argument);
  });
  return !falsyReturn;
}

function truthyLiteral(node: TSESTree.Node | null): boolean {
  const value = node ? unwrapExpression(node) : null;
  return value?.type === AST_NODE_TYPES.Literal && Boolean(value.value);
}
