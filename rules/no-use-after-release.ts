import { createRule } from "../src/analysis/create-rule.js";
import { analyzeClientLifetimes } from "../src/analysis/lifetime/lifetime.js";

export type MessageIds = "useAfterRelease" | "doubleRelease";
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
      doubleRelease:
        "`{{client}}` is released again after the release on line {{line}}; pg throws \"Release called on client " +
        "which has already been released to the pool.\" Release it exactly once, in a `finally` block.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return analyzeClientLifetimes(context, {
      onUseAfterRelease(finding) {
        context.report({
          node: finding.node,
          messageId: finding.double ? "doubleRelease" : "useAfterRelease",
          data: { client: finding.node.name, line: finding.releasedAt.loc.start.line },
        });
      },
    });
  },
});
