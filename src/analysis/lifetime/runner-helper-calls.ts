// A class's own helper that makes a TypeORM runner when given none: `protected getQueryRunner(queryRunner?) { if
// (queryRunner) return queryRunner; return this.dataSource.createQueryRunner(); }` (TypeORM's DbQueryResultCache).
// Called on the instance with no argument (`queryRunner ?? this.getQueryRunner()`), its parameter is undefined, so it
// returns the runner it makes: the call is that runner's creation, followed as `createQueryRunner()` is
// (query-runner.ts). Only the shape is read: a method whose body is `return X.createQueryRunner()`, or gives back its
// first parameter when that is set and otherwise that call (`if (p) return p; return …`, `return p ?? …`, `p || …`).
// A call with an argument (`this.getQueryRunner(queryRunner)`) may return the caller's runner: followed only when it
// is given back to the very parameter it was given, before anything reads that parameter (givenBackParameter).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { resolveIdentifier } from "../find-variable.js";
import { enclosingClassBody, memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * For a `createQueryRunner()` call a class's helper method returns: the helper's calls on `this` with no argument, or
 * given back to the parameter they are given (givenBackParameter).
 */
export function runnerHelperCalls(made: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.CallExpression[] {
  const helper = helperReturning(made);
  if (!helper) return [];
  const { body, name } = helper;
  const calls: TSESTree.CallExpression[] = [];
  someNodeBelow([body.body], (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    if (node.arguments.length > 0 && !givenBackParameter(node, sourceCode)) return false;
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(callee.object).type !== AST_NODE_TYPES.ThisExpression) return false;
    if (memberPropertyName(callee) === name && enclosingClassBody(callee) === body) calls.push(node);
    return false;
  });
  return calls;
}

/** The class body and the name of the instance method `made` is the fallback return of; null for any other place. */
function helperReturning(made: TSESTree.CallExpression): { body: TSESTree.ClassBody; name: string } | null {
  // `return made`, `return p ?? made`, or an arrow's concise body: climb to the function.
  let value: TSESTree.Node = made;
  let choice = parentSkippingWrappers(value);
  if (choice?.type === AST_NODE_TYPES.LogicalExpression && (choice.operator === "??" || choice.operator === "||") && unwrapExpression(choice.right) === made) {
    value = choice;
    choice = parentSkippingWrappers(value);
  }
  const fn = choice?.type === AST_NODE_TYPES.ReturnStatement ? choice.parent?.parent : choice;
  if (fn?.type !== AST_NODE_TYPES.FunctionExpression && fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression) return null;
  const element = fn.parent;
  if (element?.type !== AST_NODE_TYPES.MethodDefinition && element?.type !== AST_NODE_TYPES.PropertyDefinition) return null;
  if (element.value !== fn || element.static || element.computed || element.key.type !== AST_NODE_TYPES.Identifier) return null;
  if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind !== "method") return null;
  const name = element.key.name;
  const body = element.parent;
  const declared = body.body.filter((other) => "key" in other && !other.computed && other.key.type === AST_NODE_TYPES.Identifier && other.key.name === name);
  if (declared.length !== 1) return null; // overloads, a getter beside it: which body runs is not the shape's to say
  const param = fn.params[0];
  const given = param?.type === AST_NODE_TYPES.Identifier ? param.name : null;
  if (fn.params.length > 1 || (param && given === null)) return null;
  return returnsFallback(fn, value, made, given) ? { body, name } : null;
}

/** `fn`'s body, given nothing for its parameter `given`, evaluates to `made` (reached through `value`). */
function returnsFallback(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression, value: TSESTree.Node, made: TSESTree.CallExpression, given: string | null): boolean {
  const isGiven = (node: TSESTree.Node | null | undefined) => given !== null && !!node && unwrapExpression(node).type === AST_NODE_TYPES.Identifier && (unwrapExpression(node) as TSESTree.Identifier).name === given;
  if (value !== made && !isGiven((value as TSESTree.LogicalExpression).left)) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return unwrapExpression(fn.body) === value;
  const statements = fn.body.body;
  const last = statements.at(-1);
  if (last?.type !== AST_NODE_TYPES.ReturnStatement || !last.argument || unwrapExpression(last.argument) !== value) return false;
  if (statements.length === 1) return true;
  // `if (p) return p;` (or `{ return p; }`) before it, and nothing else.
  const test = statements[0];
  if (statements.length !== 2 || value !== made || test?.type !== AST_NODE_TYPES.IfStatement || test.alternate || !isGiven(test.test)) return false;
  const consequent = test.consequent.type === AST_NODE_TYPES.BlockStatement && test.consequent.body.length === 1 ? test.consequent.body[0] : test.consequent;
  return consequent?.type === AST_NODE_TYPES.ReturnStatement && isGiven(consequent.argument);
}

/**
 * `queryRunner = this.getQueryRunner(queryRunner);` (TypeORM's DbQueryResultCache.synchronize): the call given a
 * parameter of its function and assigned back to it, as a statement, the parameter's first reference. A caller may give no runner — the parameter is optional (`qr?: QueryRunner`, or untyped, as every
 * JavaScript parameter is) — and then the helper makes one; after the assignment no test can tell that runner from
 * the caller's, and before it nothing was tested, so the function treats both alike: the made runner is followed as
 * a declared one, and a release (or none) the function gives it is the one the made runner gets. The parameter and
 * the assignment that binds it; null for any other shape.
 */
export function givenBackParameter(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): { parameter: TSESLint.Scope.Variable; assignment: TSESTree.AssignmentExpression & { left: TSESTree.Identifier } } | null {
  const given = call.arguments.length === 1 ? unwrapExpression(call.arguments[0]!) : null;
  const assignment = parentSkippingWrappers(call);
  if (given?.type !== AST_NODE_TYPES.Identifier || assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=") return null;
  if (unwrapExpression(assignment.right) !== call || assignment.parent.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  if (assignment.left.type !== AST_NODE_TYPES.Identifier || assignment.left.name !== given.name) return null;
  const parameter = resolveIdentifier(sourceCode, given);
  const definition = parameter?.defs.length === 1 ? parameter.defs[0]! : null;
  if (!parameter || definition?.type !== "Parameter" || definition.name.parent !== definition.node) return null; // a plain parameter, not a default or a pattern's
  if (parameter.scope.variableScope !== sourceCode.getScope(assignment).variableScope) return null;
  // A required typed parameter (`qr: QueryRunner`) is always given: the helper returns it.
  const declared = definition.name as TSESTree.Identifier;
  if (declared.typeAnnotation && !declared.optional) return null;
  // Nothing before it reads the parameter (`const made = !qr`, a test the release may follow) or writes it.
  const first = parameter.references.every((reference) => reference.identifier === given || reference.identifier === assignment.left || reference.identifier.range[0] > assignment.range[1]);
  return first ? { parameter, assignment: assignment as TSESTree.AssignmentExpression & { left: TSESTree.Identifier } } : null;
}
