// A release reached only through a chain of continuations declared in the checkout callback (node-pg-jobs'
// processNow): `pg.connect(url, connected)`, and in `connected` the release sits in `processed`, which reaches pg
// only as `var gotData = getJobProcessor(…, processed)`; `gotData` is passed on by `gotLock` (`getDataForJob(db, id,
// gotData)`), and `gotLock` by `connected` itself (`obtainLock(db, id, gotLock)`). The path analysis counts handing
// `processed` on as its release — it cannot know when it runs — so a `return` in `gotLock` before it passes the
// chain on (`if (err) return done(err);`) leaves the client held, unseen. This reading follows exactly that shape,
// MAX_LINKS continuations deep: each link a function declared in the callback's body, referenced once, as an
// argument of a call that is a statement of the next link's body (or of the callback's); a `return` before that
// statement, under an `if` that mentions nothing of the chain, is a path that never reaches the release. Any other
// shape — a link referenced twice, called, stored, nested elsewhere; a release outside one such function; a return
// in a loop or a nested block — is not understood, and nothing is said.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { Acquisition } from "./acquisition.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

const MAX_LINKS = 3;

/** The `return` of a continuation that leaves before the chain to the release is passed on; else null. */
export function returnBeforeContinuation(acquisition: Acquisition, sourceCode: SourceCode): TSESTree.ReturnStatement | null {
  const callback = acquisition.owner;
  if (acquisition.style !== "callback" || !isFunction(callback) || callback.body?.type !== AST_NODE_TYPES.BlockStatement) return null;
  const body = callback.body;
  const releasing = releasingFunction(acquisition, body);
  if (!releasing) return null;
  const chain = new Set<Variable>();
  let link = declaredVariable(sourceCode, releasing);
  // `var gotData = getJobProcessor(…, processed)`: what the callback made of the releasing function stands for it.
  const made = link ? madeFrom(link, body, sourceCode) : null;
  if (link && made) {
    chain.add(link);
    link = made;
  }
  let found: TSESTree.ReturnStatement | null = null;
  for (let depth = 0; link && depth <= MAX_LINKS; depth++) {
    chain.add(link);
    const passing = passedOnlyOnce(link);
    if (!passing) return null;
    const holder = passing.statement.parent;
    if (holder === body) return found; // the callback itself passes the chain on: complete
    const fn = holder?.parent;
    if (holder?.type !== AST_NODE_TYPES.BlockStatement || fn?.type !== AST_NODE_TYPES.FunctionDeclaration || fn.parent !== body) return null;
    const early = earlyReturn(fn.body.body, passing.statement, chain, acquisition);
    if (early === undefined) return null;
    found ??= early;
    link = declaredVariable(sourceCode, fn);
  }
  return null;
}

/** The one function declared in the callback's body that holds every release of the client; else null. */
function releasingFunction(acquisition: Acquisition, body: TSESTree.BlockStatement): TSESTree.FunctionDeclaration | null {
  const releases: TSESTree.Node[] = [];
  const fn = acquisition.releaseFunction;
  for (const reference of fn?.references ?? []) {
    const call = parentSkippingWrappers(reference.identifier as TSESTree.Node);
    if (call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === reference.identifier) releases.push(call);
    else return null; // `done` handed on or stored: not this shape
  }
  for (const reference of acquisition.client?.references ?? []) {
    const member = parentSkippingWrappers(reference.identifier as TSESTree.Node);
    if (member?.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(member) === "release") releases.push(member);
  }
  if (releases.length === 0) return null;
  let holder: TSESTree.FunctionDeclaration | null = null;
  for (const release of releases) {
    const statement = body.body.find((candidate) => candidate.range[0] <= release.range[0] && release.range[1] <= candidate.range[1]);
    const inside = statement?.type === AST_NODE_TYPES.FunctionDeclaration ? statement : null;
    if (!inside || (holder && holder !== inside)) return null;
    holder = inside;
  }
  return holder;
}

function declaredVariable(sourceCode: SourceCode, fn: TSESTree.FunctionDeclaration): Variable | null {
  return sourceCode.getDeclaredVariables(fn)[0] ?? null;
}

/** `var made = f(…, link)` as a statement of the callback's body, `link` referenced nowhere else: `made`. */
function madeFrom(link: Variable, body: TSESTree.BlockStatement, sourceCode: SourceCode): Variable | null {
  const reads = link.references.filter((reference) => reference.isRead());
  if (reads.length !== 1) return null;
  const call = parentSkippingWrappers(reads[0]!.identifier as TSESTree.Node);
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(reads[0]!.identifier as TSESTree.CallExpressionArgument)) return null;
  const declarator = parentSkippingWrappers(call);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (declarator.parent.parent !== body) return null;
  return sourceCode.getDeclaredVariables(declarator)[0] ?? null;
}

/** The one read of `link`: an argument of a call that is a whole expression statement. */
function passedOnlyOnce(link: Variable): { statement: TSESTree.ExpressionStatement } | null {
  const reads = link.references.filter((reference) => reference.isRead());
  if (reads.length !== 1) return null;
  const identifier = reads[0]!.identifier as TSESTree.Node;
  const call = parentSkippingWrappers(identifier);
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(identifier as TSESTree.CallExpressionArgument)) return null;
  const statement = parentSkippingWrappers(call);
  return statement?.type === AST_NODE_TYPES.ExpressionStatement ? { statement } : null;
}

/**
 * The first `if (…) return …;` among `statements` before `passing` that mentions nothing of the chain, the client or
 * its release: null when there is none, undefined when a statement before it is not understood (a return, a throw
 * or a mention of the chain anywhere else).
 */
function earlyReturn(
  statements: readonly TSESTree.Statement[],
  passing: TSESTree.Statement,
  chain: ReadonlySet<Variable>,
  acquisition: Acquisition,
): TSESTree.ReturnStatement | null | undefined {
  const names = new Set([...chain].map((variable) => variable.name));
  if (acquisition.releaseFunction) names.add(acquisition.releaseFunction.name);
  const mentions = (node: TSESTree.Node) =>
    someNodeBelow([node], (child) => (child.type === AST_NODE_TYPES.Identifier && names.has(child.name)) || child.type === AST_NODE_TYPES.ThrowStatement);
  let found: TSESTree.ReturnStatement | null = null;
  for (const statement of statements) {
    if (statement === passing) return found;
    if (statement.type === AST_NODE_TYPES.FunctionDeclaration) continue;
    if (mentions(statement)) return undefined;
    const returns = someNodeBelow([statement], (child) => (isFunction(child) ? "skip" : child.type === AST_NODE_TYPES.ReturnStatement));
    if (!returns) continue;
    const early = statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate ? directReturn(statement.consequent) : null;
    if (!early) return undefined;
    found ??= early;
  }
  return undefined;
}

/** `return x;`, or `{ …; return x; }` whose other statements return nowhere. */
function directReturn(node: TSESTree.Statement): TSESTree.ReturnStatement | null {
  if (node.type === AST_NODE_TYPES.ReturnStatement) return node;
  if (node.type !== AST_NODE_TYPES.BlockStatement) return null;
  const last = node.body.at(-1);
  if (last?.type !== AST_NODE_TYPES.ReturnStatement) return null;
  const other = node.body.slice(0, -1).some((statement) =>
    someNodeBelow([statement], (child) => (isFunction(child) ? "skip" : child.type === AST_NODE_TYPES.ReturnStatement)),
  );
  return other ? null : last;
}
