// rewriteLeakAt is the "rewrite to withClient" suggestion a leak rule attaches to its report at `P.connect()`. This
// small rule offers it at every connect() call and puts the reason for no suggestion in its message, so that tests
// assert every suggestion output, and every refusal's reason, whatever the leak analysis says about the code.
import type { TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../../src/analysis/create-rule.js";
import { methodCall } from "../../src/analysis/node-shapes.js";
import { isTypeChecked, moduleKindOfPlace, rewriteLeakAt } from "../../src/analysis/rewrite/with-client-rewrite.js";

export const leakSuggestionHarness = createRule<[{ importSource?: string }?], "leak" | "rewrite">({
  name: "leak-suggestion-harness",
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: { description: "Offers the withClient rewrite at every connect() call", recommended: "recommended" },
    messages: { leak: "Leak ({{reason}}).", rewrite: "Rewrite the block to `{{helper}}`." },
    schema: [{ type: "object", properties: { importSource: { type: "string" } }, additionalProperties: false }],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    return {
      CallExpression(node: TSESTree.CallExpression) {
        if (methodCall(node)?.name !== "connect") return;
        const typeChecked = isTypeChecked(context.filename, context.sourceCode.text);
        const moduleKind = moduleKindOfPlace(context.filename, context.cwd, context.languageOptions.sourceType);
        const answer = rewriteLeakAt(context.sourceCode, node, { ...options, typeChecked, moduleKind });
        if (answer === null) return;
        context.report({
          node,
          messageId: "leak",
          data: { reason: answer.ok ? "fixable" : answer.reason },
          suggest: answer.ok
            ? [
                {
                  messageId: "rewrite",
                  data: { helper: answer.helper },
                  fix: (fixer) => answer.edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
                },
              ]
            : [],
        });
      },
    };
  },
});

/** An invalid case whose one report offers the rewrite with exactly `output` (pushed to `outputs` for re-parsing). */
export function suggestionCase(outputs: string[], code: string, output: string, line = 2, column = 24) {
  outputs.push(output);
  return {
    code,
    errors: [
      {
        messageId: "leak" as const,
        line,
        column,
        data: { reason: "fixable" },
        suggestions: [{ messageId: "rewrite" as const, data: { helper: "withClient" }, output }],
      },
    ],
  };
}

/** An invalid case whose one report offers no rewrite, for `reason`. */
export function noSuggestionCase(code: string, reason: string, line = 2, column = 24) {
  return { code, errors: [{ messageId: "leak" as const, line, column, data: { reason }, suggestions: [] }] };
}
