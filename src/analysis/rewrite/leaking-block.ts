// The withClient suggestion a leak rule attaches to its report at `P.connect()`: the code that holds the client
// moves into the callback, from the checkout to the release on the straight path (see held-span.ts), and the values
// the code after the release needs come back as the callback's result.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk } from "../ast-walk.js";
import { methodCall } from "../node-shapes.js";
import { escapingCallbackReason } from "./escaping-callbacks.js";
import { straightReleaseIndex } from "./held-span.js";
import { firstReleaseOffset, scanMovedCode } from "./moved-code-scan.js";
import { openTransactionReason } from "./open-transaction.js";
import { sessionStateReason } from "./session-state.js";
import {
  checkoutAwait,
  guardedReleaseCall,
  matchAcquisition,
  matchLetAcquisition,
  type ClientAcquisition,
} from "./manual-client-block.js";
import type { Removal } from "./moved-text.js";
import { plan, refusedCheaply, type Helper, type RewriteAnswer, type RewriteOptions } from "./rewrite-plan.js";
import { withClientConflict } from "./with-client-conflicts.js";
import { handsOverClient } from "./client-hand-over.js";

type Source = Readonly<TSESLint.SourceCode>;

const endsInExit = (statements: readonly TSESTree.Node[]): boolean => {
  const last = statements.at(-1);
  return last?.type === AST_NODE_TYPES.ReturnStatement || last?.type === AST_NODE_TYPES.ThrowStatement;
};

/**
 * For a leak rule's suggestion: wrap the code that holds the client — from the checkout to the release on the
 * straight path, or to the end of the block when there is none — in withClient, dropping the `c.release()` statements
 * (withClient releases on every path instead). Values the code after the release needs flow out as the result.
 */
export function rewriteLeakingBlock(source: Source, acquisition: ClientAcquisition, options: RewriteOptions = {}): RewriteAnswer {
  const helper: Helper = "withClient";
  const fail = (reason: string): RewriteAnswer => ({ ok: false, helper, reason });
  const siblings = acquisition.siblings;
  const after = siblings.slice(siblings.indexOf(acquisition.statement) + 1);
  const name = acquisition.id.name;
  const heldUntil = straightReleaseIndex(after, name);
  const span = heldUntil >= 0 ? after.slice(0, heldUntil + 1) : after;
  const first = span[0];
  const last = span.at(-1);
  if (!first || !last || (span.length === 1 && guardedReleaseCall(first, name))) {
    return fail("nothing uses the client after it is acquired");
  }
  if (span.some(isModuleLevelOnly)) {
    return fail("an `import`, `export` or namespace declaration follows, which cannot move into a function");
  }

  // Never released on the straight path: the original held the client for as long as its work ran, awaited or not.
  // withClient releases when the callback's promise settles, which is too early for work nobody awaits.
  if (heldUntil < 0) {
    const unawaited = unawaitedQuery(source, span, name);
    if (unawaited) return fail(`\`${name}.${unawaited}(…)\` is not awaited, and withClient would release the client while it still runs`);
  }

  const moved: [number, number] = [first.range[0], last.range[1]];
  // One walk of the held code answers every question below and plan()'s (see moved-code-scan.ts).
  const scan = scanMovedCode(source, span, moved, name, source.getText(acquisition.pool));
  const outline = {
    acquisition,
    outer: acquisition.statement,
    following: after.slice(span.length),
    alwaysExits: endsInExit(span),
    // Without a release on the straight path the callback may hold the client past a release in a branch.
    releasedFrom: heldUntil >= 0 ? null : (firstReleaseOffset(scan) ?? Number.POSITIVE_INFINITY),
  };
  // A caller that shows no reason (the leak rules' suggestion) skips the reference and binding checks below for a
  // body plan() would refuse anyway (the generated services' leaks that return on some paths only).
  if (options.reasonShown === false && refusedCheaply(source, outline, scan)) return fail("refused (reason not shown)");
  const releases: TSESTree.Node[] = [];
  let reason: string | null = null;
  for (const call of scan.releaseCalls) {
    const statementNode = releaseStatementOf(call, name);
    if (call.arguments.length > 0) reason ??= "`release()` gets an argument (that destroys the client; the helper cannot)";
    else if (insideNestedFunction(call, span)) reason ??= "the client is released inside a callback";
    else if (!statementNode) reason ??= "a `release()` call is part of a larger expression or the only statement of a branch";
    else releases.push(statementNode);
  }
  if (reason) return fail(reason);
  if (releasedAgainInFinally(releases)) {
    return fail("the client is released twice on some path (a `finally` releases it again; fix that first: pg throws there)");
  }
  const afterEarlyRelease = poolUseAfterEarlyRelease(scan, releases, span);
  if (afterEarlyRelease) {
    return fail(`${afterEarlyRelease} runs after a \`release()\` that is not on every path, and would run while the callback still holds the client`);
  }
  if (handsOverClient(source, acquisition, moved)) {
    return fail("the client is handed over (returned or stored), so it must outlive the block");
  }
  const client = source.getDeclaredVariables(acquisition.id.parent).find((variable) => variable.name === name);
  const conflict = client ? withClientConflict(source, client, moved) : null;
  if (conflict) return fail(conflict);
  // Never released on the straight path: a function that uses the client after the block, and what the held code
  // left on the session, never met another borrower before.
  const escaping = heldUntil < 0 ? escapingCallbackReason(source, span, name) : null;
  if (escaping) return fail(escaping);
  const session = heldUntil < 0 ? sessionStateReason(source, span, name) : null;
  if (session) return fail(session);
  const removed: Removal[] = [];
  const keepIndent: [number, number][] = [];
  for (const release of releases) {
    const cleanup = emptiedFinally(release, span, name);
    if (cleanup === "conflict") {
      return fail("unwrapping the `try` whose `finally` only released would clash with a name next to it");
    }
    if (cleanup) {
      removed.push(...cleanup.removed);
      if (cleanup.keepIndent) keepIndent.push(cleanup.keepIndent);
    } else if (release.parent?.type === AST_NODE_TYPES.BlockStatement && release.parent.body.length === 1) {
      // `if (ok) { c.release(); }` would become `if (ok) {}`: the branch meant something the rewrite cannot say.
      return fail("a `release()` call is the only statement of a branch");
    } else {
      removed.push(release);
    }
  }
  const answer = plan(source, options, {
    ...outline,
    helper,
    replaced: [acquisition.statement.range[0], last.range[1]],
    moved,
    movedNodes: span,
    topLevel: span,
    removed,
    keepIndent,
    alreadyIndented: false,
    alsoRemoved: acquisition.letDeclaration ? [acquisition.letDeclaration] : [],
    scan,
  });
  // Checked last, so that every earlier reason keeps its place.
  const openTransaction = answer.ok ? openTransactionReason(source, span, name, heldUntil >= 0) : null;
  return openTransaction ? fail(openTransaction) : answer;
}

/**
 * The first `<client>.query(…)` (or `.copyFrom`/`.copyTo`) call of the moved statements — outside nested functions,
 * whose timing is their own — that no `await`, `yield` or `return` takes in: a cursor, a stream, a callback-style
 * query. Null when every one is awaited.
 */
function unawaitedQuery(source: Source, span: readonly TSESTree.Statement[], clientName: string): string | null {
  let found: string | null = null;
  for (const statement of span) {
    walk(statement, source.visitorKeys, (node) => {
      if (found !== null || isFunction(node)) return false;
      if (node.type !== AST_NODE_TYPES.CallExpression) return true;
      const method = methodCall(node);
      if (!method || !QUERY_METHODS.has(method.name)) return true;
      if (method.object.type !== AST_NODE_TYPES.Identifier || method.object.name !== clientName) return true;
      if (!awaitedWithin(node, statement)) found = method.name;
      return true;
    });
    if (found !== null) return found;
  }
  return null;
}

const QUERY_METHODS = new Set(["query", "copyFrom", "copyTo"]);

/** Whether an expression between `node` and its statement `top` awaits, yields or returns it. */
function awaitedWithin(node: TSESTree.Node, top: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== top.parent; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.ReturnStatement:
        return true;
      default:
        if (isStatementLike(current)) return false;
    }
  }
  return false;
}

/** A node that ends an expression: past it, nothing awaits the value any more. */
function isStatementLike(node: TSESTree.Node): boolean {
  return node.type.endsWith("Statement") || node.type === AST_NODE_TYPES.VariableDeclaration || isFunction(node);
}

/**
 * A pool use that follows, in the same block, a release the callback drops from inside a branch (`if (!found) {
 * c.release(); await pool.query(…); return; }`): the original ran it with the client back in the pool, the callback
 * would run it still holding the client — a second checkout that waits on the first, forever with one client left.
 */
function poolUseAfterEarlyRelease(
  scan: ReturnType<typeof scanMovedCode>,
  releases: readonly TSESTree.Node[],
  span: readonly TSESTree.Statement[],
): string | null {
  for (const release of releases) {
    const block = release.parent;
    if (!block || (span as readonly TSESTree.Node[]).includes(release)) continue;
    const use = scan.poolUses.find(
      ({ call }) => call.range[0] >= release.range[1] && call.range[1] <= block.range[1],
    );
    if (use) return use.use;
  }
  return null;
}

/** Statements that are valid only at the top of a module (or namespace), never inside a function body. */
function isModuleLevelOnly(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ExportDefaultDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.TSExportAssignment:
    case AST_NODE_TYPES.TSImportEqualsDeclaration:
    case AST_NODE_TYPES.TSModuleDeclaration:
    case AST_NODE_TYPES.TSNamespaceExportDeclaration:
      return true;
    default:
      return false;
  }
}

/**
 * Whether a release inside a `try` block or its `catch` is followed by another in that statement's `finally`: pg
 * throws "Release called on client which has already been released" there, which the rewrite would erase with both
 * releases — and a `finally` that returns would then turn the failure into a result (decentraland/social-service-ea's
 * executeTx before its fix: the catch released, the finally released again and returned).
 */
function releasedAgainInFinally(releases: readonly TSESTree.Node[]): boolean {
  const finalizers = new Set<TSESTree.Node>();
  for (const release of releases) {
    for (let node: TSESTree.Node | undefined = release; node?.parent; node = node.parent) {
      if (isFunction(node)) break;
      if (node.parent.type === AST_NODE_TYPES.TryStatement && node === node.parent.finalizer) finalizers.add(node.parent);
    }
  }
  return releases.some((release) => {
    for (let node: TSESTree.Node | undefined = release; node?.parent; node = node.parent) {
      if (isFunction(node)) return false;
      const parent: TSESTree.Node = node.parent;
      if (parent.type === AST_NODE_TYPES.TryStatement && node !== parent.finalizer && finalizers.has(parent)) return true;
    }
    return false;
  });
}

/** Names a statement list declares at its own level (what would clash if another block's statements joined it). */
function declaredNames(statements: readonly TSESTree.Node[]): Set<string> {
  const names = new Set<string>();
  for (const statement of statements) {
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        collectPatternNames(declarator.id, names);
      }
    } else if (
      (statement.type === AST_NODE_TYPES.FunctionDeclaration || statement.type === AST_NODE_TYPES.ClassDeclaration) &&
      statement.id
    ) {
      names.add(statement.id.name);
    }
  }
  return names;
}

function collectPatternNames(pattern: TSESTree.Node, names: Set<string>): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      names.add(pattern.name);
      break;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        collectPatternNames(property.type === AST_NODE_TYPES.Property ? property.value : property, names);
      }
      break;
    case AST_NODE_TYPES.ArrayPattern:
      for (const element of pattern.elements) if (element) collectPatternNames(element, names);
      break;
    case AST_NODE_TYPES.AssignmentPattern:
      collectPatternNames(pattern.left, names);
      break;
    case AST_NODE_TYPES.RestElement:
      collectPatternNames(pattern.argument, names);
      break;
    default:
      break;
  }
}

/**
 * When a release is the only statement of a `finally`, dropping just the release leaves `finally {}`. Instead the
 * `finally` clause goes (with a `catch` left to stand on), or, with no `catch`, the `try` is unwrapped — unless its
 * declarations would then clash with their new neighbours.
 */
function emptiedFinally(
  release: TSESTree.Node,
  moved: readonly TSESTree.Statement[],
  clientName: string,
): { removed: Removal[]; keepIndent?: [number, number] } | "conflict" | null {
  const finalizer = release.parent;
  if (finalizer?.type !== AST_NODE_TYPES.BlockStatement || finalizer.body.length !== 1) return null;
  const tryStatement = finalizer.parent;
  if (tryStatement?.type !== AST_NODE_TYPES.TryStatement || tryStatement.finalizer !== finalizer) return null;
  if (tryStatement.handler) return { removed: [{ range: [tryStatement.handler.range[1], finalizer.range[1]] }] };
  const container = tryStatement.parent;
  const neighbours =
    container === moved[0]?.parent ? moved : "body" in container && Array.isArray(container.body) ? container.body : null;
  if (!neighbours) return null;
  const inside = declaredNames(tryStatement.block.body);
  const outside = declaredNames(neighbours.filter((statement: TSESTree.Node) => statement !== tryStatement));
  // At the callback's top level, a declaration may not reuse the parameter's name either.
  if (neighbours === moved) outside.add(clientName);
  if ([...inside].some((name) => outside.has(name))) return "conflict";
  const block = tryStatement.block;
  return {
    removed: [{ range: [tryStatement.range[0], block.range[0] + 1] }, { range: [block.range[1] - 1, finalizer.range[1]] }],
    keepIndent: [block.range[0], block.range[1]],
  };
}

/**
 * The suggestion for a leak reported at `P.connect()`: the rewrite of its block, or null when the acquisition is not
 * a `const c = await P.connect();` statement, or `c = await P.connect();` for a `let c;` declared before it (then
 * there is nothing to offer).
 */
export function rewriteLeakAt(
  source: Source,
  connectCall: TSESTree.CallExpression,
  options: RewriteOptions = {},
): RewriteAnswer | null {
  let node: TSESTree.Node = connectCall;
  while (
    node.parent &&
    (node.parent.type === AST_NODE_TYPES.TSAsExpression ||
      node.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      node.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      node.parent.type === AST_NODE_TYPES.ChainExpression)
  ) {
    node = node.parent;
  }
  if (node.parent?.type !== AST_NODE_TYPES.AwaitExpression) return null;
  // The awaited client as the statement holds it, through wrappers (`(await P.connect()) as T`: checkout-shape.ts).
  let awaited: TSESTree.Node = node.parent;
  while (awaited.parent && checkoutAwait(awaited.parent) === checkoutAwait(awaited)) awaited = awaited.parent;
  const holder = awaited.parent;
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === awaited) {
    const acquisition = matchAcquisition(holder.parent);
    return acquisition ? rewriteLeakingBlock(source, acquisition, options) : null;
  }
  if (holder?.type !== AST_NODE_TYPES.AssignmentExpression || holder.left.type !== AST_NODE_TYPES.Identifier) return null;
  const statement = holder.parent;
  const variable = source.getScope(holder).references.find((reference) => reference.identifier === holder.left)?.resolved;
  const declaration = variable?.defs.length === 1 && variable.defs[0]?.type === "Variable" ? variable.defs[0].parent : null;
  if (!declaration || declaration.type !== AST_NODE_TYPES.VariableDeclaration) return null;
  const acquisition = matchLetAcquisition(statement, declaration);
  return acquisition ? rewriteLeakingBlock(source, acquisition, options) : null;
}

/**
 * The statement a release call stands for, when removing that statement leaves valid code: `c.release();`, or a
 * guarded `if (c) c.release();` / `c && c.release();` of the `let` form.
 */
function releaseStatementOf(call: TSESTree.CallExpression, clientName: string): TSESTree.Node | null {
  let statement: TSESTree.Node = call;
  while (statement.parent && statement.parent.type !== AST_NODE_TYPES.ExpressionStatement) {
    const wrapper = statement.parent.type;
    if (wrapper !== AST_NODE_TYPES.ChainExpression && wrapper !== AST_NODE_TYPES.LogicalExpression && wrapper !== AST_NODE_TYPES.AwaitExpression) {
      return null;
    }
    statement = statement.parent;
  }
  let candidate: TSESTree.Node | undefined = statement.parent;
  if (!candidate) return null;
  // `if (c) c.release();` / `if (c) { c.release(); }`: the whole `if` is the release.
  const around = candidate.parent?.type === AST_NODE_TYPES.BlockStatement ? candidate.parent.parent : candidate.parent;
  if (around?.type === AST_NODE_TYPES.IfStatement && guardedReleaseCall(around, clientName) === call) candidate = around;
  if (guardedReleaseCall(candidate, clientName) !== call) return null;
  const container = candidate.parent;
  const inList =
    container?.type === AST_NODE_TYPES.BlockStatement ||
    container?.type === AST_NODE_TYPES.Program ||
    container?.type === AST_NODE_TYPES.SwitchCase;
  return inList ? candidate : null;
}

/** Whether a function lies between `node` and the moved statement that holds it (that statement included). */
function insideNestedFunction(node: TSESTree.Node, span: readonly TSESTree.Statement[]): boolean {
  const top = span[0]?.parent;
  for (let current = node.parent; current && current !== top; current = current.parent) {
    if (isFunction(current)) return true;
  }
  return false;
}

