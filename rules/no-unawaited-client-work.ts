import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/analysis/create-rule.js";
import { heldClientsOf } from "../src/analysis/lifetime/held-clients.js";
import { callsByCalleeName, callsNamed, saysName } from "../src/analysis/text-search.js";
import { createPoolMatcher } from "../src/analysis/pools/pool-detection.js";
import { readPoolSettings } from "../src/analysis/pools/pool-settings.js";
import { createThenableCheck } from "../src/analysis/unawaited/promise-types.js";
import { findUnawaitedWork, type UnawaitedWork, type WorkContext } from "../src/analysis/unawaited/unawaited-work.js";
import { describeWork } from "../src/analysis/lifetime/work-description.js";
import { parserOf } from "../src/analysis/lifetime/lifetime.js";

export type MessageIds =
  | "unawaited"
  | "queued"
  | "collected"
  | "voided"
  | "returnWithoutAwait"
  | "asyncCallback"
  | "timer"
  | "releasedWhileRunning"
  | "raced"
  | "laterThen"
  | "addAwait"
  | "replaceVoid"
  | "addReturnAwait";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-unawaited-client-work",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow work on a held pg client that is not awaited before the client goes back to the pool",
      recommended: "recommended",
    },
    hasSuggestions: true,
    messages: {
      unawaited:
        "`{{work}}` is not awaited, so `{{client}}` can go back to the pool while it still runs (and its error is " +
        "never handled). Await it.",
      queued:
        "`{{work}}` is not awaited. The query after it holds `{{client}}` until it has run, but its rejection " +
        "is never handled, the code after it carries on as if it had succeeded, and pg deprecates sending a query " +
        "while another runs on the client. Await it.",
      collected:
        "`{{work}}` goes into `{{collection}}`, which nothing awaits, so `{{client}}` can go back to the pool while it " +
        "still runs. Write `await Promise.all({{collection}})` before the release.",
      voided:
        "`void {{work}}` drops the promise, so `{{client}}` can go back to the pool while it still runs. Await it instead.",
      returnWithoutAwait:
        "`return {{work}}` hands back the promise before `finally` releases `{{client}}`, so the client goes back to " +
        "the pool while it still runs. Write `return await`.",
      asyncCallback:
        "`{{method}}` does not wait for the promises of its callback, which uses `{{client}}`: the client can go back to " +
        "the pool first. Use `for (… of …)` with `await`, or `await Promise.all(items.map(…))`.",
      timer:
        "`{{timer}}` runs its callback later, when `{{client}}` may be back in the pool or used by someone else. " +
        "Do the work while the client is held, and await it.",
      releasedWhileRunning:
        "`{{work}}` is still queued or running on `{{client}}` when the release on line {{releaseLine}} gives the client " +
        "back: pg calls back (or emits the query's events) only later, and the pool may lend the client to the next " +
        "borrower meanwhile. Release it in the callback of the last query sent, or when its `end`/`error` event fires.",
      raced:
        "`{{work}}` is raced with `Promise.{{combinator}}`, which settles with the first promise to win: when another " +
        "wins, `{{client}}` can go back to the pool while `{{work}}` still runs on it. Await the work itself before the " +
        "release, or give the client back with `release(err)` (which destroys it) when it loses.",
      laterThen:
        "`{{work}}` is not awaited, and its `{{method}}` callback uses `{{client}}`: the callback runs later, when the " +
        "client may be back in the pool or lent to someone else. Await the chain before the release.",
      addAwait: "Add `await`.",
      replaceVoid: "Replace `void` with `await`.",
      addReturnAwait: "Write `return await`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    // A held client comes from a `connect(…)`, `withClient(…)` or `withTransaction(…)` call: a file that names none of
    // them (most files) has no client to follow.
    // (As whole names: most of the bench's generated modules without a checkout say only `connectionTimeoutMillis`.)
    const text = sourceCode.text;
    if (!saysName(text, "connect") && !saysName(text, "withClient") && !saysName(text, "withTransaction")) return {};
    let isThenable: ((node: TSESTree.Node) => boolean) | null | undefined;
    const reported = new Set<TSESTree.Node>();

    const thenableCheck = () => {
      if (isThenable === undefined) isThenable = readPoolSettings(context).typeAware ? createThenableCheck(context) : null;
      return isThenable;
    };

    const report = (work: UnawaitedWork, client: string) => {
      if (reported.has(work.node)) return;
      reported.add(work.node);
      const data = {
        work: describeWork(work.node),
        client,
        timer: work.callee ?? "",
        method: work.callee ?? "forEach",
        collection: work.callee ?? "",
        releaseLine: String(work.release?.loc.start.line ?? ""),
        combinator: work.kind === "raced" ? (work.callee ?? "race") : "",
      };
      const canAwait = work.enclosingFunction?.async === true;
      const suggest: Array<TSESLint.SuggestionReportDescriptor<MessageIds>> = [];
      if (canAwait && (work.kind === "unawaited" || work.kind === "queued" || work.kind === "laterThen")) {
        suggest.push({ messageId: "addAwait", fix: (fixer) => fixer.insertTextBefore(work.node, "await ") });
      } else if (canAwait && work.kind === "voided" && work.wrapper) {
        const unary = work.wrapper;
        suggest.push({
          messageId: "replaceVoid",
          fix: (fixer) => fixer.replaceTextRange([unary.range[0], unary.range[0] + "void".length], "await"),
        });
      } else if (canAwait && work.kind === "returnWithoutAwait") {
        suggest.push({ messageId: "addReturnAwait", fix: (fixer) => fixer.insertTextBefore(work.node, "await ") });
      }
      context.report({ node: work.node, messageId: work.kind, data, suggest });
    };

    // The calls that can introduce a held client, found from the text rather than by listening to every call.
    const candidates = () =>
      [
        ...callsNamed(sourceCode, "connect"),
        ...callsByCalleeName(sourceCode, "withClient"),
        ...callsByCalleeName(sourceCode, "withTransaction"),
      ].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]); // the traversal's order: outer call first

    return {
      Program() {
        // A helper's parameter is followed once, whichever checkouts are handed to it.
        const followed = new Set<TSESLint.Scope.Variable>();
        const calls = candidates();
        // The pool matcher is built only for a file with a call to read (no-leaked-client's, when it made one first).
        if (calls.length === 0) return;
        const isPool = createPoolMatcher(context);
        // The same for every client of the file: the context's getters are read once, on the first client followed.
        let workContext: WorkContext | undefined;
        for (const call of calls) {
          for (const held of heldClientsOf(call, isPool, sourceCode)) {
            if (followed.has(held.client)) continue;
            followed.add(held.client);
            workContext ??= { sourceCode, isThenable: thenableCheck(), filename: context.filename, parser: parserOf(context) };
            for (const reference of held.client.references) {
              if (reference.init) continue;
              const work = findUnawaitedWork(reference.identifier as TSESTree.Identifier, held, workContext);
              if (work) report(work, held.client.name);
            }
          }
        }
      },
    };
  },
});
