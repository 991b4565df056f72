// The withClient rewrite: given a matched acquisition and the code that holds the client, either the replacement
// text (built from slices of the user's source, so comments and formatting inside the body survive) or the reason
// no rewrite is safe. prefer-with-client uses rewriteManualBlock; a leak rule's suggestion uses rewriteLeakAt
// (leaking-block.ts); both end in rewrite-plan.ts.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { guardedReleaseCall, releasedInside, type ManualClientBlock } from "./manual-client-block.js";
import { plan, type BodyPlan, type Helper, type RewriteAnswer, type RewriteOptions } from "./rewrite-plan.js";
import { matchTransaction } from "./transaction-shape.js";
import { lineIndentAt } from "./moved-text.js";

export { moduleKindOfPlace } from "./module-kind.js";
export { DEFAULT_IMPORT_SOURCE, isTypeChecked, type Helper, type RewriteAnswer, type RewriteOptions } from "./rewrite-plan.js";
export { rewriteLeakAt, rewriteLeakingBlock } from "./leaking-block.js";

type Source = Readonly<TSESLint.SourceCode>;

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

const endsInExit = (statements: readonly TSESTree.Node[]): boolean => {
  const last = statements.at(-1);
  return last?.type === AST_NODE_TYPES.ReturnStatement || last?.type === AST_NODE_TYPES.ThrowStatement;
};

/** Whether `node` mentions the identifier `name` anywhere (a `catch` that still uses the client). */
function mentions(source: Source, node: TSESTree.Node, name: string): boolean {
  return source.getTokens(node).some((token) => token.type === "Identifier" && token.value === name);
}

/**
 * plan() for the manual block, unless the code that moves into the callback releases the client itself: the `finally`
 * releases it again (pg throws; no-use-after-release reports it), and inside withClient, which releases it when the
 * callback ends, it would be the same double release, hidden from the rules.
 */
function planUnlessReleased(source: Source, options: RewriteOptions, body: BodyPlan): RewriteAnswer {
  if (releasedInside(source, body.acquisition, body.moved)) {
    return { ok: false, helper: body.helper, reason: "the `try` block releases the client too, and the `finally` releases it again (pg throws there: fix that first)" };
  }
  return plan(source, options, body);
}

/**
 * `const c = await P.connect(); try { … } finally { c.release(); }` → `await withClient(P, async (c) => { … });`, and
 * the `let` form `let c; try { c = await P.connect(); … } finally { c?.release(); }` likewise.
 */
export function rewriteManualBlock(source: Source, block: ManualClientBlock, options: RewriteOptions = {}): RewriteAnswer {
  const { tryStatement, release, letDeclaration } = block;
  const name = block.id.name;
  const body = tryStatement.block.body;
  const start = letDeclaration ? 1 : 0;
  const transaction = matchTransaction(tryStatement, name, source.visitorKeys, start);
  const helper: Helper = transaction ? "withTransaction" : "withClient";
  const fail = (reason: string): RewriteAnswer => ({ ok: false, helper, reason });
  if ((guardedReleaseCall(release, name) as TSESTree.CallExpression).arguments.length > 0) {
    return fail("`release()` gets an argument (that destroys the client; the helper cannot)");
  }
  if (tryStatement.finalizer.body.length !== 1) return fail("the `finally` block does more than release the client");
  const handler = transaction ? null : tryStatement.handler;
  const siblings = letDeclaration ? (letDeclaration.parent as TSESTree.BlockStatement).body : block.siblings;
  const outer = letDeclaration ?? block.statement;
  const common = {
    acquisition: block,
    helper,
    removed: transaction ? [transaction.begin, transaction.commit] : [],
    outer,
    following: siblings.slice(siblings.indexOf(tryStatement) + 1),
  };

  if (!letDeclaration) {
    const blockInner: [number, number] = [tryStatement.block.range[0] + 1, tryStatement.block.range[1] - 1];
    return planUnlessReleased(source, options, {
      ...common,
      replaced: [block.statement.range[0], tryStatement.range[1]],
      moved: handler ? [tryStatement.range[0], handler.range[1]] : blockInner,
      movedNodes: handler ? [tryStatement.block, handler] : [tryStatement.block],
      topLevel: handler ? [tryStatement] : body,
      alreadyIndented: !handler,
      alwaysExits: endsInExit(body) && (!handler || endsInExit(handler.body.body)),
    });
  }

  // The `let` form: the checkout is the try block's first statement, so a `catch` also catches a failed checkout.
  // It stays around the call, which throws the same errors; but it runs after withClient has released the client,
  // so it must not use it.
  const rest = body.slice(1);
  const first = rest[0];
  const last = rest.at(-1);
  if (!first || !last) return fail("nothing uses the client after it is acquired");
  const replaced: [number, number] = [letDeclaration.range[0], tryStatement.range[1]];
  if (!handler) {
    return planUnlessReleased(source, options, {
      ...common,
      replaced,
      moved: [block.statement.range[1], tryStatement.block.range[1] - 1],
      movedNodes: rest,
      topLevel: rest,
      alreadyIndented: true,
      alwaysExits: endsInExit(body),
      indentAt: letDeclaration.range[0],
    });
  }
  if (mentions(source, handler, name)) return fail("the `catch` block uses the client, which withClient has released by then");
  const tryIndent = lineIndentAt(source, tryStatement.range[0]);
  const callIndent = lineIndentAt(source, block.statement.range[0]);
  const afterBlock: [number, number] = [tryStatement.block.range[1], handler.range[1]];
  const answer = planUnlessReleased(source, options, {
    ...common,
    replaced,
    moved: [first.range[0], last.range[1]],
    movedNodes: rest,
    topLevel: rest,
    alreadyIndented: false,
    alwaysExits: endsInExit(body),
    indentAt: block.statement.range[0],
    wrap: { before: `try {\n${callIndent}`, after: `\n${tryIndent}}${source.text.slice(...afterBlock)}` },
    kept: [afterBlock],
  } satisfies BodyPlan);
  return answer;
}
