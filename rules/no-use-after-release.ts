import { createRule } from "../src/analysis/create-rule.js";
import { analyzeClientLifetimes } from "../src/analysis/lifetime/lifetime.js";
import { describeWork } from "../src/analysis/lifetime/work-description.js";

export type MessageIds = "useAfterRelease" | "usedInOvertakenCallback" | "doubleRelease" | "releasedPerItem";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-use-after-release",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow using or releasing a pg client again after it was released",
      recommended: "recommended",
    },
    messages: {
      useAfterRelease:
        "`{{client}}` is used after the release on line {{line}}: by then the pool may have handed it to another " +
        "caller. Finish the work before releasing the client.",
      usedInOvertakenCallback:
        "`{{client}}` is used in the callback of `{{query}}` on line {{queryLine}}, which pg calls only after the " +
        "release on line {{line}} has given the client back: by then the pool may have handed it to another caller. " +
        "Release the client in that callback, once its work is done.",
      doubleRelease:
        "`{{client}}` is released again after the release on line {{line}}; pg throws \"Release called on client " +
        "which has already been released to the pool.\" Release it exactly once, in a `finally` block.",
      releasedPerItem:
        "`{{client}}` is released in a callback that `{{iteration}}` on line {{line}} runs once per item: the first " +
        "item gives the client back while the others still use it, and each later one releases it again (pg throws " +
        "\"Release called on client which has already been released to the pool.\"). Release it once, after every " +
        "item is done.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return analyzeClientLifetimes(context, {
      onUseAfterRelease(finding) {
        if (finding.perItem) {
          const iteration = context.sourceCode.getText(finding.perItem.callee);
          const data = { client: finding.node.name, iteration, line: finding.perItem.loc.start.line };
          context.report({ node: finding.node, messageId: "releasedPerItem", data });
          return;
        }
        const query = finding.overtakenQuery;
        if (query && !finding.double) {
          const data = { client: finding.node.name, query: describeWork(query), queryLine: query.loc.start.line, line: finding.releasedAt.loc.start.line };
          context.report({ node: finding.node, messageId: "usedInOvertakenCallback", data });
          return;
        }
        context.report({
          node: finding.node,
          messageId: finding.double ? "doubleRelease" : "useAfterRelease",
          data: { client: finding.node.name, line: finding.releasedAt.loc.start.line },
        });
      },
    });
  },
});
