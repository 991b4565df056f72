import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/analysis/create-rule.js";
import { asReceiverText, memberPropertyName, unwrapExpression } from "../src/analysis/node-shapes.js";
import { createPoolMatcher, type PoolMatcher } from "../src/analysis/pools/pool-detection.js";
import { staticQueryText, transactionCommand } from "../src/analysis/transaction-statements.js";
import { describeWork } from "../src/analysis/lifetime/work-description.js";

export type MessageIds = "transactionOnPool";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-transaction-on-pool",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow transaction control (`BEGIN`, `COMMIT`, `ROLLBACK`, `SAVEPOINT`) sent through `pool.query()`",
      recommended: "recommended",
    },
    messages: {
      transactionOnPool:
        "`{{command}}` sent through `{{pool}}.query()` runs on whichever client the pool hands out; the next query " +
        "may run on another one, outside the transaction. Run the whole transaction on one client: " +
        "`withTransaction({{pool}}, async (client) => …)`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    // Only a `.query(…)` call can be reported: a file that never says "query" has nothing to look at.
    if (!sourceCode.text.includes("query")) return {};
    // Made for the first transaction command only: most files that say "query" send none through it.
    let isPool: PoolMatcher | undefined;
    // the pool as written, unless it spans lines or would swamp the message
    const poolText = (pool: TSESTree.Node) => {
      const text = sourceCode.getText(pool);
      return text.length <= 40 && !text.includes("\n") ? asReceiverText(pool, text) : describeWork(pool);
    };
    return {
      // Runs for every call of the file: the method's name is read in place (no object made, as methodCall would)
      // and the pool is judged last, for a transaction command only. (Finding the `.query(…)` calls from the text
      // instead, as no-unawaited-client-work finds its `connect` calls, made the rule dearer: "query" is a common
      // word, see docs/benchmarks.md.)
      CallExpression(node: TSESTree.CallExpression) {
        const callee = unwrapExpression(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "query") return;
        const text = staticQueryText(node.arguments[0]);
        if (text === null) return;
        const command = transactionCommand(text);
        if (command === null) return;
        const pool = unwrapExpression(callee.object);
        isPool ??= createPoolMatcher(context);
        if (!isPool(pool)) return;
        context.report({
          node,
          messageId: "transactionOnPool",
          data: { command, pool: poolText(pool) },
        });
      },
    };
  },
});
