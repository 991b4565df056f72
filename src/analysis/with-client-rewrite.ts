// The withClient rewrite: given a matched acquisition and the code that holds the client, either the replacement
// text (built from slices of the user's source, so comments and formatting inside the body survive) or the reason
// no rewrite is safe. prefer-with-client uses rewriteManualBlock; a leak rule's suggestion uses rewriteLeakingBlock.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isFunction, walk } from "./ast-walk.js";
import { importEditFor, type TextEdit } from "./import-insertion.js";
import {
  isReleaseStatement,
  releaseCall,
  type ClientAcquisition,
  type ManualClientBlock,
} from "./manual-client-block.js";
import { methodCall } from "./node-shapes.js";
import { displacedComments, indentUnit, lineIndentAt, movedText } from "./moved-text.js";
import { bindingReason, functionReason, inspectBody } from "./rewrite-safety.js";
import { matchTransaction } from "./transaction-shape.js";

type Source = Readonly<TSESLint.SourceCode>;

export type Helper = "withClient" | "withTransaction";

export const DEFAULT_IMPORT_SOURCE = "poolguard/runtime";

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
  /** Statements inside `moved` that disappear (release calls, BEGIN/COMMIT). */
  removed: readonly TSESTree.Node[];
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
  return plan(source, options, {
    acquisition,
    helper,
    replaced: [acquisition.declaration.range[0], last.range[1]],
    moved: [first.range[0], last.range[1]],
    movedNodes: after,
    removed: releases,
    alreadyIndented: false,
    alwaysExits: endsInExit(after),
    following: [],
  });
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

  let inner = movedText(source, body.moved, body.removed, body.alreadyIndented ? "" : unit);
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
