// Reports the correct-but-manual `connect()` / `try … finally { release() }` pattern and rewrites it to withClient
// (or withTransaction). The analysis lives in src/analysis/with-client-rewrite.ts; this file only reports.
import type { TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/analysis/create-rule.js";
import { matchManualClientBlock } from "../src/analysis/rewrite/manual-client-block.js";
import { createPoolMatcher, type PoolMatcher } from "../src/analysis/pools/pool-detection.js";
import { DEFAULT_IMPORT_SOURCE, importSourceSchema, isTypeChecked, moduleKindOfPlace, rewriteManualBlock } from "../src/analysis/rewrite/with-client-rewrite.js";
import type { ModuleKind } from "../src/analysis/rewrite/module-kind.js";

export type MessageIds = "preferWithClient" | "preferWithClientNoFix";
export type Options = [{ importSource?: string }];

export default createRule<Options, MessageIds>({
  name: "prefer-with-client",
  meta: {
    type: "suggestion",
    docs: {
      description: "Prefer `withClient`/`withTransaction` over acquiring and releasing a pool client by hand",
      recommended: "strict",
    },
    fixable: "code",
    messages: {
      preferWithClient:
        "Client `{{client}}` is acquired and released by hand; use `await {{helper}}({{pool}}, async ({{client}}) => { … })`, which releases it on every path.",
      preferWithClientNoFix:
        "Client `{{client}}` is acquired and released by hand; use `await {{helper}}({{pool}}, async ({{client}}) => { … })`, which releases it on every path (not fixed automatically: {{reason}}).",
    },
    schema: importSourceSchema("Module the added `withClient`/`withTransaction` import comes from."),
    defaultOptions: [{ importSource: DEFAULT_IMPORT_SOURCE }],
  },
  defaultOptions: [{ importSource: DEFAULT_IMPORT_SOURCE }],
  create(context, [{ importSource = DEFAULT_IMPORT_SOURCE }]) {
    const sourceCode = context.sourceCode;
    // The pattern starts with `await P.connect()`: a file that never says "connect" (most files) has none.
    if (!sourceCode.text.includes("connect")) return {};
    // Made at the first manual block: most declarations are not one.
    let isPool: PoolMatcher | undefined;
    // Plain JavaScript has no closure typing to keep: variables assigned back from the callback need no declared type.
    let typeCheckedFile: boolean | undefined;
    const typeChecked = (): boolean => (typeCheckedFile ??= isTypeChecked(context.filename, sourceCode.text));
    // How a JavaScript file with no module syntax of its own loads (its package.json's `type`): `require` or `import`.
    let moduleKindOfFile: ModuleKind | undefined;
    const moduleKind = (): ModuleKind =>
      (moduleKindOfFile ??= moduleKindOfPlace(context.filename, context.cwd, context.languageOptions.sourceType));
    return {
      VariableDeclaration(node: TSESTree.VariableDeclaration) {
        const block = matchManualClientBlock(node);
        if (!block) return;
        isPool ??= createPoolMatcher(context);
        if (!isPool(block.pool)) return;
        const answer = rewriteManualBlock(sourceCode, block, {
          importSource,
          typeChecked: typeChecked(),
          javaScript: !/\.[cm]?tsx?$/.test(context.filename),
          moduleKind: moduleKind(),
          declaredOtherType: isPool.declaredOtherType,
          memberDeclaredPool: isPool.memberDeclaredPool,
          writtenOutPlace: isPool.writtenOutPlace,
        });
        const client = block.id.name;
        const pool = sourceCode.getText(block.pool);
        const helper = answer.helper;
        if (!answer.ok) {
          context.report({
            node,
            messageId: "preferWithClientNoFix",
            data: { client, pool, helper, reason: answer.reason },
          });
          return;
        }
        context.report({
          node,
          messageId: "preferWithClient",
          data: { client, pool, helper },
          fix: (fixer) => answer.edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
        });
      },
    };
  },
});
