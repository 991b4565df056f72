import type { TSESLint } from "@typescript-eslint/utils";
import { createRule } from "../src/analysis/create-rule.js";
import { analyzeClientLifetimes, type Leak } from "../src/analysis/lifetime.js";

export type MessageIds =
  | "neverReleased"
  | "notReleasedOnThrow"
  | "workBeforeTry"
  | "earlyExit"
  | "notReleasedOnAllPaths"
  | "callbackPathWithoutDone"
  | "rejectionSkipsRelease"
  | "reacquiredWhileHeld";
export type Options = [];

const LEAVES: Record<Leak["exit"], string> = {
  return: "the function",
  throw: "the function",
  break: "the loop",
  continue: "the loop iteration",
  end: "the function",
  call: "the function",
};

export default createRule<Options, MessageIds>({
  name: "no-leaked-client",
  meta: {
    type: "problem",
    docs: {
      description: "Require every client from `pool.connect()` to be released on every path, exceptions included",
      recommended: "recommended",
    },
    messages: {
      neverReleased:
        "Client from `{{pool}}.connect()` is never released, so it never goes back to the pool. " +
        "Release it in a `finally` block, or use `withClient`.",
      notReleasedOnThrow:
        "Client from `{{pool}}.connect()` is not released if the call on line {{line}} throws. " +
        "Release it in a `finally` block, or use `withClient`.",
      workBeforeTry:
        "Client from `{{pool}}.connect()` is not released if the call on line {{line}} throws: it runs before the " +
        "`try` on line {{tryLine}} whose `finally` releases the client. Move that work inside the `try`.",
      earlyExit:
        "Client from `{{pool}}.connect()` is not released when the `{{exit}}` on line {{line}} leaves {{scope}}. " +
        "Release it before leaving (best in a `finally` block), or use `withClient`.",
      notReleasedOnAllPaths:
        "Client from `{{pool}}.connect()` is released on some paths only: a path reaching the end on line {{line}} " +
        "still holds it. Release it in a `finally` block, or use `withClient`.",
      callbackPathWithoutDone:
        "Callback of `{{pool}}.connect()` can finish without releasing the client: {{where}} skips `{{done}}()`. " +
        "Call `{{done}}()` on every path once the client is no longer needed.",
      rejectionSkipsRelease:
        "Client from `{{pool}}.connect()` is not released when the promise on line {{line}} rejects: only its " +
        "success path releases it. Release it in `.finally(…)` or a `finally` block, or use `withClient`.",
      reacquiredWhileHeld:
        "Client from `{{pool}}.connect()` is acquired again on line {{line}} while the previous one is still held, " +
        "so that one is never released. Release each client before acquiring the next, or use `withClient`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;

    // One place builds the report, so that a "rewrite to withClient" suggestion can be attached to it later.
    function reportFor(leak: Leak): TSESLint.ReportDescriptor<MessageIds> {
      const { acquisition } = leak;
      const poolText = sourceCode.getText(acquisition.pool);
      const pool = poolText.length <= 40 && !poolText.includes("\n") ? poolText : "pool";
      const where =
        leak.exit === "end"
          ? `the end of the callback on line ${leak.line}`
          : leak.exit === "call"
            ? `an exception from the call on line ${leak.line}`
            : `the \`${leak.exit}\` on line ${leak.line}`;
      const done = acquisition.releaseFunction?.name ?? `${acquisition.client?.name ?? "client"}.release`;
      return {
        node: acquisition.call,
        messageId: leak.cause,
        data: {
          pool,
          line: leak.line,
          exit: leak.exit,
          scope: LEAVES[leak.exit],
          tryLine: leak.tryStatement?.loc.start.line ?? "",
          where,
          done,
        },
      };
    }

    return analyzeClientLifetimes(context, {
      onLeak: (leak) => context.report(reportFor(leak)),
    });
  },
});
