// The withClient rewrite: given a matched acquisition and the code that holds the client, either the replacement
// text (built from slices of the user's source, so comments and formatting inside the body survive) or the reason
// no rewrite is safe. prefer-with-client uses rewriteManualBlock; a leak rule's suggestion uses rewriteLeakingBlock.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isFunction, walk } from "../ast-walk.js";
import { importEditFor, type TextEdit } from "./import-insertion.js";
import {
  isReleaseStatement,
  matchAcquisition,
  releaseCall,
  type ClientAcquisition,
  type ManualClientBlock,
} from "./manual-client-block.js";
import { methodCall, parentSkippingWrappers } from "../node-shapes.js";
import { displacedComments, indentUnit, lineIndentAt, movedText, type Removal } from "./moved-text.js";
import { bindingReason, functionReason, inspectBody } from "./rewrite-safety.js";
import { matchTransaction } from "./transaction-shape.js";
import { withClientConflict } from "./with-client-conflicts.js";

type Source = Readonly<TSESLint.SourceCode>;

export type Helper = "withClient" | "withTransaction";

export const DEFAULT_IMPORT_SOURCE = "poolguard/runtime";

/** The `[{ importSource }]` option schema of the rules that add a withClient import; `description` says which import. */
export function importSourceSchema(description: string) {
  return [
    {
      type: "object" as const,
      properties: { importSource: { type: "string" as const, minLength: 1, description } },
      additionalProperties: false,
    },
  ];
}

export interface RewriteOptions {
  /** Where `withClient`/`withTransaction` are imported from when the file does not have them yet. */
  importSource?: string;
}

export type RewriteAnswer =
  | { ok: true; helper: Helper; edits: TextEdit[] }
  | { ok: false; helper: Helper; reason: string };

/** How the body's code sits in the file: the range it occupies and what is cut out of it. */
interface BodyPlan {
  acquisition: ClientAcquisition;
  helper: Helper;
  /** Range replaced by the new statement: from the acquisition to the end of the last moved code. */
  replaced: [number, number];
  /** Range of the code that moves into the callback. */
  moved: [number, number];
  movedNodes: readonly TSESTree.Node[];
  /** Pieces inside `moved` that disappear (release calls, BEGIN/COMMIT, an emptied `finally`). */
  removed: readonly Removal[];
  /** Ranges whose lines keep their indentation (the inside of a `try` that is unwrapped). */
  keepIndent?: readonly [number, number][];
  /** True when the moved text sits one level deeper than the acquisition already (a try block's inside). */
  alreadyIndented: boolean;
  /** Whether every path through the moved code ends in `return`/`throw`. */
  alwaysExits: boolean;
  /** The statements of the block that come after the replaced range. */
  following: readonly TSESTree.Statement[];
}

const endsInExit = (statements: readonly TSESTree.Node[]): boolean => {
  const last = statements.at(-1);
  return last?.type === AST_NODE_TYPES.ReturnStatement || last?.type === AST_NODE_TYPES.ThrowStatement;
};

/** `const c = await P.connect(); try { … } finally { c.release(); }` → `await withClient(P, async (c) => { … });`. */
export function rewriteManualBlock(source: Source, block: ManualClientBlock, options: RewriteOptions = {}): RewriteAnswer {
  const { tryStatement, release } = block;
  const transaction = matchTransaction(tryStatement, block.id.name, source.visitorKeys);
  const helper: Helper = transaction ? "withTransaction" : "withClient";
  if (releaseCall(release).arguments.length > 0) {
    return { ok: false, helper, reason: "`release()` gets an argument (that destroys the client; the helper cannot)" };
  }
  if (tryStatement.finalizer.body.length !== 1) {
    return { ok: false, helper, reason: "the `finally` block does more than release the client" };
  }
  const handler = transaction ? null : tryStatement.handler;
  const blockInner: [number, number] = [tryStatement.block.range[0] + 1, tryStatement.block.range[1] - 1];
  const siblings = block.siblings;
  return plan(source, options, {
    acquisition: block,
    helper,
    replaced: [block.declaration.range[0], tryStatement.range[1]],
    moved: handler ? [tryStatement.range[0], handler.range[1]] : blockInner,
    movedNodes: handler ? [tryStatement.block, handler] : [tryStatement.block],
    removed: transaction ? [transaction.begin, transaction.commit] : [],
    alreadyIndented: !handler,
    alwaysExits: endsInExit(tryStatement.block.body) && (!handler || endsInExit(handler.body.body)),
    following: siblings.slice(siblings.indexOf(tryStatement) + 1),
  });
}

/**
 * For a leak rule's suggestion: wrap everything after `const c = await P.connect();` up to the end of its block in
 * withClient, dropping the `c.release()` statements (withClient releases on every path instead).
 */
export function rewriteLeakingBlock(source: Source, acquisition: ClientAcquisition, options: RewriteOptions = {}): RewriteAnswer {
  const helper: Helper = "withClient";
  const siblings = acquisition.siblings;
  const after = siblings.slice(siblings.indexOf(acquisition.declaration) + 1);
  const first = after[0];
  const last = after.at(-1);
  if (!first || !last) return { ok: false, helper, reason: "nothing uses the client after it is acquired" };
  if (after.some(isModuleLevelOnly)) {
    return { ok: false, helper, reason: "an `import`, `export` or namespace declaration follows, which cannot move into a function" };
  }

  const releases: TSESTree.Node[] = [];
  let reason: string | null = null;
  for (const statement of after) {
    walk(statement, source.visitorKeys, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return true;
      const method = methodCall(node);
      if (
        !method ||
        method.name !== "release" ||
        method.object.type !== AST_NODE_TYPES.Identifier ||
        method.object.name !== acquisition.id.name
      ) {
        return true;
      }
      const statementNode = releaseStatementOf(node);
      if (node.arguments.length > 0) reason ??= "`release()` gets an argument (that destroys the client; the helper cannot)";
      else if (insideNestedFunction(node, statement)) reason ??= "the client is released inside a callback";
      else if (!statementNode) reason ??= "a `release()` call is part of a larger expression or the only statement of a branch";
      else releases.push(statementNode);
      return true;
    });
  }
  if (reason) return { ok: false, helper, reason };
  if (handsOverClient(source, acquisition, [first.range[0], last.range[1]])) {
    return { ok: false, helper, reason: "the client is handed over (returned or stored), so it must outlive the block" };
  }
  const client = source.getDeclaredVariables(acquisition.id.parent).find((variable) => variable.name === acquisition.id.name);
  const conflict = client ? withClientConflict(source, client, [first.range[0], last.range[1]]) : null;
  if (conflict) return { ok: false, helper, reason: conflict };
  const removed: Removal[] = [];
  const keepIndent: [number, number][] = [];
  for (const release of releases) {
    const cleanup = emptiedFinally(release, after, acquisition.id.name);
    if (cleanup === "conflict") {
      return { ok: false, helper, reason: "unwrapping the `try` whose `finally` only released would clash with a name next to it" };
    }
    if (cleanup) {
      removed.push(...cleanup.removed);
      if (cleanup.keepIndent) keepIndent.push(cleanup.keepIndent);
    } else if (release.parent?.type === AST_NODE_TYPES.BlockStatement && release.parent.body.length === 1) {
      // `if (ok) { c.release(); }` would become `if (ok) {}`: the branch meant something the rewrite cannot say.
      return { ok: false, helper, reason: "a `release()` call is the only statement of a branch" };
    } else {
      removed.push(release);
    }
  }
  return plan(source, options, {
    acquisition,
    helper,
    replaced: [acquisition.declaration.range[0], last.range[1]],
    moved: [first.range[0], last.range[1]],
    movedNodes: after,
    removed,
    keepIndent,
    alreadyIndented: false,
    alwaysExits: endsInExit(after),
    following: [],
  });
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

/** Whether the moved code lets the client escape: withClient would release it while its new owner still uses it. */
function handsOverClient(source: Source, acquisition: ClientAcquisition, moved: [number, number]): boolean {
  const variable = source
    .getDeclaredVariables(acquisition.id.parent)
    .find((candidate) => candidate.name === acquisition.id.name);
  if (!variable) return false;
  return variable.references.some((reference) => {
    const identifier = reference.identifier;
    if (identifier.range[0] < moved[0] || identifier.range[1] > moved[1]) return false;
    let child: TSESTree.Node = identifier;
    let parent = parentSkippingWrappers(identifier);
    // `await client` / `(client)` hand over the same value.
    while (parent?.type === AST_NODE_TYPES.AwaitExpression) {
      child = parent;
      parent = parentSkippingWrappers(parent);
    }
    if (!parent) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.NewExpression:
        return true;
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === child;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === child;
      case AST_NODE_TYPES.Property:
        return parent.value === child;
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === child;
      case AST_NODE_TYPES.CallExpression:
        // resolve(client) hands it to whoever awaits the promise.
        return parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === "resolve";
      default:
        return false;
    }
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
 * a `const c = await P.connect();` statement (then there is nothing to offer).
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
  const awaited = node.parent;
  if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const declarator = awaited.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== awaited) return null;
  const acquisition = matchAcquisition(declarator.parent);
  return acquisition ? rewriteLeakingBlock(source, acquisition, options) : null;
}

/** The `c.release();` statement a call stands for, when removing that statement leaves valid code. */
function releaseStatementOf(call: TSESTree.CallExpression): TSESTree.Node | null {
  let statement: TSESTree.Node = call;
  while (statement.parent && statement.parent.type === AST_NODE_TYPES.ChainExpression) statement = statement.parent;
  const parent = statement.parent;
  if (!parent || parent.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const container = parent.parent;
  const inList =
    container.type === AST_NODE_TYPES.BlockStatement ||
    container.type === AST_NODE_TYPES.Program ||
    container.type === AST_NODE_TYPES.SwitchCase;
  const method = methodCall(call);
  return inList && method?.object.type === AST_NODE_TYPES.Identifier && isReleaseStatement(parent, method.object.name)
    ? parent
    : null;
}

function insideNestedFunction(node: TSESTree.Node, root: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== root.parent; current = current.parent) {
    if (isFunction(current)) return true;
  }
  return false;
}

/** Checks the plan for unsafe shapes and, if none, builds the replacement and the import. */
function plan(source: Source, options: RewriteOptions, body: BodyPlan): RewriteAnswer {
  const { acquisition, helper } = body;
  const fail = (reason: string): RewriteAnswer => ({ ok: false, helper, reason });

  const facts = inspectBody(source, body.movedNodes, body.moved);
  if (facts.reason) return fail(facts.reason);
  const fnReason = functionReason(source, acquisition.declaration);
  if (fnReason) return fail(fnReason);
  const bindings = bindingReason(source, acquisition.id, body.moved, body.replaced);
  if (bindings) return fail(bindings);

  let prefix = "";
  if (facts.returns) {
    // The helper's value is the body's return value; falling off the body gives undefined, like falling off the
    // end of the function — but only if nothing else follows in the function.
    const fn = enclosingFunction(acquisition.declaration);
    const lastInFunction = fn !== null && acquisition.declaration.parent === fn.body && body.following.length === 0;
    if (!lastInFunction && !body.alwaysExits) {
      return fail("the body returns on some paths but not all, and code follows the block");
    }
    prefix = "return ";
  }

  const text = source.text;
  const statementIndent = lineIndentAt(source, acquisition.declaration.range[0]);
  const unit = indentUnit(source, acquisition.declaration);
  const bodyIndent = statementIndent + unit;

  let inner = movedText(source, body.moved, body.removed, body.alreadyIndented ? "" : unit, body.keepIndent);
  if (!body.alreadyIndented) inner = `\n${bodyIndent}${inner}\n${statementIndent}`;

  // Comments outside the moved code (between the acquisition and `try`, in `finally`, in a dropped catch or
  // statement) would vanish with the text around them: they go to the top of the callback instead.
  const lost = [
    ...displacedComments(source, body.replaced, [body.moved]),
    ...body.removed.flatMap((node) => displacedComments(source, node.range, [])),
  ].sort((a, b) => a.range[0] - b.range[0]);
  const carried = lost.map((comment) => `\n${bodyIndent}${source.getText(comment)}`).join("");

  const poolNode = acquisition.poolAsWritten;
  const poolText =
    poolNode.type === AST_NODE_TYPES.SequenceExpression ? `(${source.getText(poolNode)})` : source.getText(poolNode);
  const param = text.slice(acquisition.id.range[0], acquisition.id.range[1]);
  const semicolon = source.getLastToken(acquisition.declaration)?.value === ";" ? ";" : "";
  const replacement = `${prefix}await ${helper}(${poolText}, async (${param}) => {${carried}${inner}})${semicolon}`;

  const edits: TextEdit[] = [{ range: body.replaced, text: replacement }];
  const importEdit = importEditFor(source, acquisition.declaration, helper, options.importSource ?? DEFAULT_IMPORT_SOURCE);
  if (importEdit) edits.unshift(importEdit);
  return { ok: true, helper, edits };
}
