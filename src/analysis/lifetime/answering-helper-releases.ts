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
import { trueAnswers, truthyLiteral } from "./true-answers.js";
import { isWrittenAgain } from "../variable-references.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
export type HelperNode = NonNullable<ReturnType<typeof declaredFunction>>;

/**
 * The helper's call, and whether every path of it answering true has called the release: when one may answer true
 * with the client still held (`if (err.retry) return true;` before `done(client)`), the call releases nothing
 * certain, and both of the caller's branches hold the client (true-answers.ts).
 */
export interface HelperTest {
  call: TSESTree.CallExpression;
  everyTrueAnswerReleases: boolean;
}

/**
 * For `done` passed to a call used as a test (`if (handleError(err, client, done)) return;`): that call, when the
 * callee is the file's own plain function (not async, not a generator, never reassigned, no `arguments`) whose
 * parameter there is only ever called directly in its body, that is given the client only to test it or pass it to that
 * release, and every path of it that reaches such a call ends in `return true` (or another truthy literal) while an
 * earlier one answers falsy — so a falsy answer means the release was never called; whether a true answer means it
 * was is the helper's `everyTrueAnswerReleases` (true-answers.ts). Null for any other shape: the argument stays a
 * hand-over.
 */
export function releasingHelperTest(
  identifier: TSESTree.Identifier,
  clients: readonly Variable[],
  sourceCode: SourceCode,
  /** The same kind of helper exported by a local module the call names (imported-answering-helpers.ts). */
  importedHelper?: (call: TSESTree.CallExpression) => AnsweringHelper | null,
): HelperTest | null {
  const call = parentSkippingWrappers(identifier);
  if (call?.type !== AST_NODE_TYPES.CallExpression || !guardShape(call)) return null;
  const index = call.arguments.findIndex((argument) => unwrapExpression(argument) === identifier);
  if (index < 0 || call.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  const callee = unwrapExpression(call.callee);
  const found = (callee.type === AST_NODE_TYPES.Identifier ? fileHelper(callee, sourceCode) : null) ?? importedHelper?.(call) ?? null;
  return found ? answeringTest(call, index, found, clients) : null;
}

/**
 * A helper function and the scopes of the module that declares it: the linted file's own (sourceCode.scopeManager),
 * or those of a local module read from disk (imported-answering-helpers.ts).
 */
export interface AnsweringHelper {
  helper: HelperNode;
  scopes: HelperScopes;
}

/** What the reading asks of a module's scopes: the variables a function declares, and its own scope. */
export interface HelperScopes {
  getDeclaredVariables(node: TSESTree.Node): readonly Variable[];
  acquire(node: TSESTree.Node): { set: ReadonlyMap<string, Variable> } | null;
}

/** `handleError(…)`: a plain function of the linted file, never reassigned. */
function fileHelper(callee: TSESTree.Identifier, sourceCode: SourceCode): AnsweringHelper | null {
  const variable = resolveIdentifier(sourceCode, callee);
  const helper = variable ? (declaredFunction(variable) ?? varFunction(variable)) : null;
  const scopes = sourceCode.scopeManager as HelperScopes | null;
  if (!variable || !helper || !scopes || isWrittenAgain(variable)) return null;
  return { helper, scopes };
}

/**
 * `var handleError = function (err, client, done, res) {…};` (the ES5 spelling, Chaotikum/icebox-service's
 * controllers): a `var` or `let` declared once with a function; fileHelper refuses it when any later write rebinds it.
 */
function varFunction(variable: Variable): HelperNode | null {
  const [definition, ...others] = variable.defs;
  if (!definition || others.length > 0 || definition.type !== "Variable" || definition.parent?.type !== AST_NODE_TYPES.VariableDeclaration) return null;
  if (definition.parent.kind === "const" || definition.node.type !== AST_NODE_TYPES.VariableDeclarator || !definition.node.init) return null;
  const init = unwrapExpression(definition.node.init);
  return init.type === AST_NODE_TYPES.FunctionExpression || init.type === AST_NODE_TYPES.ArrowFunctionExpression ? init : null;
}

function answeringTest(call: TSESTree.CallExpression, index: number, found: AnsweringHelper, clients: readonly Variable[]): HelperTest | null {
  const { helper, scopes } = found;
  if (helper.async || helper.generator) return null;
  const parameter = helper.params[index];
  const body = helper.body;
  if (parameter?.type !== AST_NODE_TYPES.Identifier || body.type !== AST_NODE_TYPES.BlockStatement) return null;
  // `arguments[2]()` calls the release without naming it (and a sloppy function's `arguments` aliases it).
  if (scopes.acquire(helper)?.set.get("arguments")?.references.length) return null;
  const release = parameterVariable(helper, parameter, scopes);
  const uses = release?.references.map((reference) => reference.identifier as TSESTree.Identifier) ?? [];
  // In the body only: a default parameter (`_ = done()`) runs before it, whatever the answer.
  if (uses.length === 0 || !uses.every((use) => within(use, body) && calledDirectlyIn(use, helper))) return null;
  if (!clientOnlyTestedOrReleased(call, helper, uses, clients, scopes)) return null;
  if (!answersTrueOnceCalled(body.body, uses)) return null;
  const clientParameters = call.arguments.flatMap((argument, at) => {
    const parameter = helper.params[at];
    const given = unwrapExpression(argument);
    if (parameter?.type !== AST_NODE_TYPES.Identifier || given.type !== AST_NODE_TYPES.Identifier) return [];
    const isClient = clients.some((client) => client.references.some((reference) => reference.identifier === given));
    const variable = isClient ? parameterVariable(helper, parameter, scopes) : undefined;
    return variable ? [variable] : [];
  });
  // A reference of the client's parameter (the helper's own scope analysis resolved it there).
  const isClient = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.Identifier && clientParameters.some((variable) => variable.references.some((reference) => reference.identifier === node));
  const answers = trueAnswers(body.body, uses, isClient);
  return answers ? { call, everyTrueAnswerReleases: answers === "released" } : null;
}

function parameterVariable(helper: HelperNode, parameter: TSESTree.Identifier, scopes: HelperScopes): Variable | undefined {
  return scopes.getDeclaredVariables(helper).find((declared) => declared.name === parameter.name);
}

function within(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/**
 * The client given to the helper too (`handleError(err, client, done)`) is only tested (`if (client)`) or given to the
 * release (`done(client)`) there: a helper that releases it another way (`client.release()`) or passes it on may have
 * given it back on the branch where it answers false. Any other argument naming the client leaves that unknown.
 */
function clientOnlyTestedOrReleased(
  call: TSESTree.CallExpression,
  helper: HelperNode,
  releaseUses: readonly TSESTree.Identifier[],
  clients: readonly Variable[],
  scopes: HelperScopes,
): boolean {
  const isClient = (node: TSESTree.Node) =>
    node.type === AST_NODE_TYPES.Identifier && clients.some((client) => client.references.some((reference) => reference.identifier === node));
  return call.arguments.every((argument, index) => {
    const value = unwrapExpression(argument);
    if (!isClient(value)) return !someNodeBelow([argument], isClient);
    const parameter = helper.params[index];
    if (parameter?.type !== AST_NODE_TYPES.Identifier) return false;
    const references = parameterVariable(helper, parameter, scopes)?.references ?? [];
    return references.every((reference) => {
      const use = reference.identifier as TSESTree.Identifier;
      const releaseCall = parentSkippingWrappers(use);
      const released =
        releaseCall?.type === AST_NODE_TYPES.CallExpression &&
        releaseCall.arguments.some((given) => unwrapExpression(given) === use) &&
        releaseUses.includes(unwrapExpression(releaseCall.callee) as TSESTree.Identifier);
      return released || guardShape(use) !== null;
    });
  });
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
 * (no falling off its end, which answers undefined): a path that has called the release answers true. And a statement
 * before that one answers a falsy literal (`if (!err) return false;`): a helper that never answers falsy leaves no
 * branch holding the client, only code that never runs.
 */
function answersTrueOnceCalled(statements: readonly TSESTree.Statement[], uses: readonly TSESTree.Node[]): boolean {
  const first = statements.findIndex((statement) => uses.some((use) => within(use, statement)));
  const last = statements.at(-1);
  if (first < 0 || last?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  const answering = (test: (argument: TSESTree.Node | null) => boolean) => (node: TSESTree.Node) => {
    if (isFunctionNode(node)) return "skip";
    return node.type === AST_NODE_TYPES.ReturnStatement && test(node.argument);
  };
  const falsyReturn = someNodeBelow(statements.slice(first), answering((argument) => !truthyLiteral(argument)));
  return !falsyReturn && someNodeBelow(statements.slice(0, first), answering(falsyLiteral));
}

/** `return;`, `return false`, `return 0`, `return null`, `return ""`, `return undefined`. */
function falsyLiteral(node: TSESTree.Node | null): boolean {
  const value = node ? unwrapExpression(node) : null;
  if (!value) return true;
  if (value.type === AST_NODE_TYPES.Identifier) return value.name === "undefined";
  return value.type === AST_NODE_TYPES.Literal && !value.value && !("regex" in value && value.regex);
}
