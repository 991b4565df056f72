import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/analysis/create-rule.js";
import { analyzeClientLifetimes, type Leak, type LeakCause } from "../src/analysis/lifetime/lifetime.js";
import { isQueryRunner } from "../src/analysis/lifetime/query-runner.js";
import { fieldCheckoutLeaks } from "../src/analysis/lifetime/field-checkouts.js";
import { createPoolMatcher } from "../src/analysis/pools/pool-detection.js";
import { asReceiverText } from "../src/analysis/node-shapes.js";
import { DEFAULT_IMPORT_SOURCE, importSourceSchema, isTypeChecked, moduleKindOfPlace, rewriteLeakAt } from "../src/analysis/rewrite/with-client-rewrite.js";
import type { ModuleKind } from "../src/analysis/rewrite/module-kind.js";

/** Every leak cause of the lifetime analysis is a message; the rest are this rule's own. */
export type MessageIds =
  | LeakCause
  | "queryRunnerNotReleased"
  | "pgPromiseConnectionNotDone"
  | "fieldReleaseSkipped"
  | HelperMessageId
  | "rewriteWithClient";
/** The messages whose advice names `withClient`, and their twins for a checkout through the project's own helper. */
const HELPER_MESSAGES = {
  neverReleased: "helperNeverReleased",
  notReleasedOnThrow: "helperNotReleasedOnThrow",
  earlyExit: "helperEarlyExit",
  notReleasedOnAllPaths: "helperNotReleasedOnAllPaths",
  rejectionSkipsRelease: "helperRejectionSkipsRelease",
  releasedOnlyOnRejection: "helperReleasedOnlyOnRejection",
  reacquiredWhileHeld: "helperReacquiredWhileHeld",
  connectNotAwaited: "helperConnectNotAwaited",
} as const;
/**
 * Messages whose advice holds for any checkout, so a `con.connect()` helper keeps them; a checkout whose call is not a
 * `connect()` (`await getClient()`, `await db.getClient()`, `getClient((err, client, done) => …)`) would read
 * `db.getClient.connect()` there, and gets these twins, which name the call as written (their text is the original's
 * with `{{pool}}.connect()` replaced by `{{checkout}}`: see namedCallMessages).
 */
const NAMED_CALL_MESSAGES = {
  notHandedOverOnThrow: "helperNotHandedOverOnThrow",
  workBeforeTry: "helperWorkBeforeTry",
  callbackPathWithoutDone: "helperCallbackPathWithoutDone",
  assertionSkipsRelease: "helperAssertionSkipsRelease",
  resultReadBeforeErrorCheck: "helperResultReadBeforeErrorCheck",
  resultDestructuredOnError: "helperResultDestructuredOnError",
  releasedOnlyOnSuccessEvent: "helperReleasedOnlyOnSuccessEvent",
  releasedOnlyInLaterTask: "helperReleasedOnlyInLaterTask",
  errorSplitSkipsRelease: "helperErrorSplitSkipsRelease",
  batchRejectionLeaks: "helperBatchRejectionLeaks",
  yieldedBatchRejectionLeaks: "helperYieldedBatchRejectionLeaks",
  raceLosesCheckout: "helperRaceLosesCheckout",
  requestEndedOnThrow: "helperRequestEndedOnThrow",
  stoppedAtYield: "helperStoppedAtYield",
  swallowedResultRead: "helperSwallowedResultRead",
  overwrittenByRetry: "helperOverwrittenByRetry",
  overwrittenAcrossRequests: "helperOverwrittenAcrossRequests",
  apolloContextRejectedRequests: "helperApolloContextRejectedRequests",
  apolloFormatResponseSkipped: "helperApolloFormatResponseSkipped",
  clearedByListener: "helperClearedByListener",
  cancelledBeforeStored: "helperCancelledBeforeStored",
} as const;
type HelperMessageId = (typeof HELPER_MESSAGES)[keyof typeof HELPER_MESSAGES] | NamedCallMessageId;
export type Options = [{ importSource?: string }];

/** The messages of a pool's checkout (named `{{pool}}.connect()`), of a query runner's, a pg-promise connection's and a field's. */
const BASE_MESSAGES = {
  neverReleased:
    "Client from `{{pool}}.connect()` is never released, so it never goes back to the pool. " +
    "Release it in a `finally` block, or use `withClient`.",
  apolloContextRejectedRequests:
    "Client from `{{pool}}.connect()` is returned in Apollo Server's context, which Apollo makes before it " +
    "validates the request: only a request that reaches execution runs the plugin hooks (`willSendResponse`) that " +
    "can release it, so one Apollo rejects (an empty or non-JSON POST body, a non-string query, a PUT) leaves it " +
    "checked out. Put the pool in the context and check clients out in the resolvers (`withClient`).",
  apolloFormatResponseSkipped:
    "Client from `{{pool}}.connect()` is returned in Apollo Server's context and released only in " +
    "`formatResponse`, which Apollo Server 2 and 3 skip when they answer with an error before or instead of " +
    "executing: a syntax or validation error, an error a pipeline hook throws and a subscription leave it checked out. Put the pool in the " +
    "context and check clients out in the resolvers (`withClient`).",
  notReleasedOnThrow:
    "Client from `{{pool}}.connect()` is not released if the call on line {{line}} throws. " +
    "Release it in a `finally` block, or use `withClient`.",
  notHandedOverOnThrow:
    "Client from `{{pool}}.connect()` is lost if the call on line {{line}} throws: it is not yet handed over " +
    "(returned or stored) then, and nothing releases it. Release it in a `catch` that rethrows, or hand it over first.",
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
  releasedOnlyOnRejection:
    "Client from `{{pool}}.connect()` is released only when the promise on line {{line}} rejects: when it " +
    "fulfils, nothing releases it. Release it in `.finally(…)` or a `finally` block, or use `withClient`.",
  reacquiredWhileHeld:
    "Client from `{{pool}}.connect()` is acquired again on line {{line}} while the previous one is still held, " +
    "so that one is never released. Release each client before acquiring the next, or use `withClient`.",
  assertionSkipsRelease:
    "Client from `{{pool}}.connect()` is not released if the assertion on line {{line}} fails: it throws inside " +
    "the callback before `{{done}}()`. Release the client before asserting.",
  resultReadBeforeErrorCheck:
    "Client from `{{pool}}.connect()` is not released when the callback gets an error: `{{result}}` is undefined " +
    "then, and reading `{{read}}` on line {{line}} throws before `{{done}}()`. Check `{{error}}` first, and " +
    "release the client on that path too.",
  resultDestructuredOnError:
    "Client from `{{pool}}.connect()` is not released when a query fails: pg calls the callback with the error " +
    "alone, so destructuring its result (`{{read}}`) on line {{line}} throws before `{{done}}()`. Take the result " +
    "whole, check `{{error}}` before reading it, and release the client on that path too.",
  releasedOnlyOnSuccessEvent:
    "Client from `{{pool}}.connect()` is released only when `{{emitter}}` emits '{{event}}' (line {{line}}): " +
    "on an error it emits 'error' instead, and the client is never released. Release it on 'error' too, or on 'close'.",
  releasedOnlyInLaterTask:
    "Client from `{{pool}}.connect()` is released only in a later task of the `async.{{method}}` on line {{line}}: " +
    "when the task on line {{failingLine}} fails, {{method}} skips the tasks after it and calls the final callback, " +
    "which does not release the client. Release it in the final callback.",
  errorSplitSkipsRelease:
    "Client from `{{pool}}.connect()` is not released when the call on line {{line}} fails: `{{wrapper}}(…)` " +
    "hands the error to `{{onError}}` and calls the function that calls `{{done}}()` only on success. " +
    "Release the client on the error path too (`{{done}}(err)` before `{{onError}}(err)`).",
  batchRejectionLeaks:
    "Clients from `{{pool}}.connect()` are awaited together by the `Promise.all` on line {{line}}, which rejects at " +
    "the first checkout that fails: the clients already checked out are then held by nobody and never released. " +
    "Use `Promise.allSettled` and release every fulfilled client, or check them out one at a time.",
  yieldedBatchRejectionLeaks:
    "Clients from `{{pool}}.connect()` are awaited together by the array of generators yielded on line {{line}}, which " +
    "co resolves with `Promise.all`: it rejects at the first checkout that fails, and the clients already checked " +
    "out are then held by nobody and never released. Check them out one at a time, or settle every checkout and " +
    "release the fulfilled ones.",
  raceLosesCheckout:
    "Client from `{{pool}}.connect()` is raced by the `Promise.race` on line {{line}}: when the other promise " +
    "settles first, the checkout still completes later and the client it yields is held by nobody, so it is never " +
    "released. Bound the wait with the pool's `connectionTimeoutMillis` instead, or keep the checkout's promise " +
    "and release its client when it settles.",
  requestEndedOnThrow:
    "Client from `{{pool}}.connect()` is stored on the request, but if the call on line {{line}} throws, the " +
    "`catch` of the `try` on line {{tryLine}} answers the request without calling `next()`: nothing later in the " +
    "chain releases the client. Release it in that `catch`, or pass the error on with `next(err)`.",
  connectNotAwaited:
    "`{{pool}}.connect()` is not awaited: the variable holds its promise, so the call on line {{line}} runs on the " +
    "promise, not on a client (and throws), and the client the promise resolves to is never released. " +
    "Write `await {{pool}}.connect()`, or use `withClient`.",
  stoppedAtYield:
    "Client from `{{pool}}.connect()` is not released if the consumer stops iterating at the `yield` on line " +
    "{{line}} (a `break` out of `for await`, or `return()`): the generator then runs its `finally` blocks only, " +
    "not its `catch`. Release the client in a `finally` block.",
  swallowedResultRead:
    "Client from `{{pool}}.connect()` is not released when the query before line {{line}} fails: its `.catch` " +
    "handles the error and leaves `{{result}}` undefined, so reading `{{read}}` on line {{line}} throws before " +
    "the release. Release the client in a `finally` block.",
  overwrittenByRetry:
    "Client from `{{pool}}.connect()` is stored in `{{holder}}` and lost if the call on line {{line}} throws: the " +
    "`catch` of the `try` on line {{tryLine}} runs `{{retried}}` again, whose checkout overwrites `{{holder}}` " +
    "while this client is still checked out. Release it in that `catch` before retrying.",
  overwrittenAcrossRequests:
    "Client from `{{pool}}.connect()` is stored in `{{holder}}` by the '{{hook}}' hook added on line {{line}}, which " +
    "runs for every request: when requests overlap, the next one's checkout overwrites `{{holder}}` before this " +
    "client is released, and nothing can give it back. Keep each request's client on the request and release it in " +
    "an `onResponse` hook, or check it out in the handler and release it in a `finally` block.",
  clearedByListener:
    "Client from `{{pool}}.connect()` is stored in `{{holder}}`, but its '{{event}}' listener clears `{{holder}}` on " +
    "line {{line}} without releasing it: when the connection drops, nothing can give the client back and the pool " +
    "keeps counting it. Call `{{done}}(true)` in that listener (the pool then discards the connection).",
  cancelledBeforeStored:
    "Client from `{{pool}}.connect()` is stored in `{{holder}}` for the stream's `cancel()` to release, but a stream " +
    "can be cancelled while `start()` still waits for the checkout (the browser leaves; a busy pool makes the wait " +
    "long): `cancel()` then finds `{{holder}}` empty, and the client stored after it is never released. Right after " +
    "the checkout, check whether the stream was cancelled, and release the client if it was.",
  queryRunnerNotReleased:
    "Query runner from `{{created}}` holds a pooled connection once it connects, and {{what}}. {{fix}}: " +
    "only `release()` gives the connection back to TypeORM's pool.",
  pgPromiseConnectionNotDone:
    "pg-promise connection from `{{created}}`: {{what}}. {{fix}}: only `done()` gives it back (to the pool, or " +
    "closes a direct connection); `{{pool}}.task(…)` does that by itself.",
  fieldReleaseSkipped:
    "Client cached on `this.{{field}}` is given back only by `{{releaser}}`, which is skipped if the query on line " +
    "{{line}} rejects: the client stays checked out on the field. Call `{{releaser}}` in a `finally` block.",
};

type NamedCallMessageId = (typeof NAMED_CALL_MESSAGES)[keyof typeof NAMED_CALL_MESSAGES];

/** The twins of NAMED_CALL_MESSAGES: the same text, naming the checkout as written instead of `X.connect()`. */
function namedCallMessages(base: typeof BASE_MESSAGES): Record<NamedCallMessageId, string> {
  const twins = {} as Record<NamedCallMessageId, string>;
  for (const [cause, twin] of Object.entries(NAMED_CALL_MESSAGES) as [keyof typeof NAMED_CALL_MESSAGES, NamedCallMessageId][]) {
    twins[twin] = base[cause].replaceAll("`{{pool}}.connect()`", "`{{checkout}}`");
  }
  return twins;
}

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
    hasSuggestions: true,
    messages: {
      ...BASE_MESSAGES,
      ...namedCallMessages(BASE_MESSAGES),
      // A checkout through the project's own helper (`await con.connect()` on a module exporting `connect()`, or a
      // function of the file returning `pool.connect()`): the same findings, named by the call the user wrote, and
      // without `withClient`, which takes a pg pool and is not offered as a rewrite there.
      helperNeverReleased:
        "Client from `{{checkout}}` is never released, so it never goes back to its pool. Release it in a `finally` block.",
      helperNotReleasedOnThrow:
        "Client from `{{checkout}}` is not released if the call on line {{line}} throws. Release it in a `finally` block.",
      helperEarlyExit:
        "Client from `{{checkout}}` is not released when the `{{exit}}` on line {{line}} leaves {{scope}}. " +
        "Release it before leaving, best in a `finally` block.",
      helperNotReleasedOnAllPaths:
        "Client from `{{checkout}}` is released on some paths only: a path reaching the end on line {{line}} " +
        "still holds it. Release it in a `finally` block.",
      helperRejectionSkipsRelease:
        "Client from `{{checkout}}` is not released when the promise on line {{line}} rejects: only its success path " +
        "releases it. Release it in `.finally(…)` or a `finally` block.",
      helperReleasedOnlyOnRejection:
        "Client from `{{checkout}}` is released only when the promise on line {{line}} rejects: when it fulfils, " +
        "nothing releases it. Release it in `.finally(…)` or a `finally` block.",
      helperReacquiredWhileHeld:
        "Client from `{{checkout}}` is acquired again on line {{line}} while the previous one is still held, so that " +
        "one is never released. Release each client before acquiring the next.",
      helperConnectNotAwaited:
        "`{{checkout}}` is not awaited: the variable holds its promise, so the call on line {{line}} runs on the " +
        "promise, not on a client (and throws), and the client the promise resolves to is never released. " +
        "Write `await {{checkout}}`.",
      rewriteWithClient: "Rewrite the block to `{{helper}}(…)`, which releases the client on every path.",
    },
    schema: importSourceSchema("Module the `withClient` import added by the suggestion comes from."),
    defaultOptions: [{ importSource: DEFAULT_IMPORT_SOURCE }],
  },
  defaultOptions: [{ importSource: DEFAULT_IMPORT_SOURCE }],
  create(context, [{ importSource = DEFAULT_IMPORT_SOURCE }]) {
    const sourceCode = context.sourceCode;
    const shortText = (node: TSESTree.Node, fallback: string): string => {
      const text = sourceCode.getText(node);
      return text.length <= 40 && !text.includes("\n") ? text : fallback;
    };
    /** The pool as it reads before `.connect()`: `(await db.pool())` keeps its parentheses. */
    const poolText = (node: TSESTree.Node, fallback: string): string => {
      const text = shortText(node, "");
      return text === "" ? fallback : asReceiverText(node, text);
    };
    /**
     * `d.rows` read in `(e, d) => …`, or the pattern `{ rows }` of `(e, { rows }) => …`: the result, the read, and the
     * error parameter the message names.
     */
    const resultRead = (at: TSESTree.Node): { result: string; read: string; error: string } | null => {
      if (at.type === AST_NODE_TYPES.ObjectPattern || at.type === AST_NODE_TYPES.ArrayPattern) {
        const error = at.parent?.type === AST_NODE_TYPES.ArrowFunctionExpression || at.parent?.type === AST_NODE_TYPES.FunctionExpression ? at.parent.params[0] : undefined;
        // `{ rows }: QueryResult` names the pattern without its annotation.
        const text = sourceCode.text.slice(at.range[0], at.typeAnnotation?.range[0] ?? at.range[1]).trim();
        const read = text.length <= 40 && !text.includes("\n") ? text : at.type === AST_NODE_TYPES.ObjectPattern ? "{ … }" : "[ … ]";
        return { result: "", read, error: error?.type === AST_NODE_TYPES.Identifier ? error.name : "the error" };
      }
      if (at.type !== AST_NODE_TYPES.MemberExpression) return null;
      let fn: TSESTree.Node | undefined = at.parent;
      while (fn && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) fn = fn.parent;
      const error = fn?.params[0];
      return {
        result: sourceCode.getText(at.object),
        read: shortText(at, `${sourceCode.getText(at.object)}.…`),
        error: error?.type === AST_NODE_TYPES.Identifier ? error.name : "the error",
      };
    };
    // Plain JavaScript has no closure typing to keep: variables assigned back from the callback need no declared type.
    let typeCheckedFile: boolean | undefined;
    const typeChecked = (): boolean => (typeCheckedFile ??= isTypeChecked(context.filename, sourceCode.text));
    // How a JavaScript file with no module syntax of its own loads (its package.json's `type`): `require` or `import`.
    let moduleKindOfFile: ModuleKind | undefined;
    const moduleKind = (): ModuleKind =>
      (moduleKindOfFile ??= moduleKindOfPlace(context.filename, context.cwd, context.languageOptions.sourceType));

    // A suggestion, not a fix: the client goes back where the code released it on the straight path, but now on the
    // paths that leaked too (and, where the release sat in a branch, at the end of the block), which the user should
    // look at before accepting.
    function suggestionsFor(leak: Leak): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      // The client is meant to outlive this function (handed over, or streaming after it returns): a callback-scoped
      // rewrite would release it too early. A batch of checkouts, a client stored on the request, or a promise of
      // connect() never awaited has no one block to rewrite.
      if (
        leak.cause === "notHandedOverOnThrow" ||
        leak.cause === "releasedOnlyOnSuccessEvent" ||
        leak.cause === "releasedOnlyInLaterTask" ||
        leak.cause === "errorSplitSkipsRelease" ||
        leak.cause === "batchRejectionLeaks" ||
        leak.cause === "yieldedBatchRejectionLeaks" ||
        leak.cause === "raceLosesCheckout" ||
        leak.cause === "requestEndedOnThrow" ||
        leak.cause === "connectNotAwaited" ||
        leak.cause === "stoppedAtYield" ||
        leak.cause === "overwrittenByRetry" ||
        leak.cause === "overwrittenAcrossRequests" ||
        leak.cause === "apolloContextRejectedRequests" ||
        leak.cause === "apolloFormatResponseSkipped" ||
        leak.cause === "clearedByListener" ||
        leak.cause === "cancelledBeforeStored" ||
        // `withClient` takes a pg pool; the project's own connection helper is not one.
        leak.acquisition.throughHelper === true
      ) {
        return [];
      }
      const answer = rewriteLeakAt(sourceCode, leak.acquisition.call, {
        importSource,
        typeChecked: typeChecked(),
        javaScript: !/\.[cm]?tsx?$/.test(context.filename),
        moduleKind: moduleKind(),
        // Only whether there is a rewrite matters here: the cheap refusals go first.
        reasonShown: false,
        declaredOtherType: (pool) => createPoolMatcher(context).declaredOtherType(pool),
        memberDeclaredPool: (member) => createPoolMatcher(context).memberDeclaredPool(member),
        writtenOutPlace: (pool) => createPoolMatcher(context).writtenOutPlace(pool),
      });
      if (!answer?.ok) return [];
      return [
        {
          messageId: "rewriteWithClient",
          data: { helper: answer.helper },
          fix: (fixer) => answer.edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
        },
      ];
    }

    /** A TypeORM runner: its own wording, and no `withClient` rewrite (the runner is not a pg client). */
    function runnerReportFor(leak: Leak): TSESLint.ReportDescriptor<MessageIds> {
      const { acquisition } = leak;
      return {
        node: acquisition.call,
        messageId: "queryRunnerNotReleased",
        data: {
          created: shortText(acquisition.call, "createQueryRunner()"),
          what: leakDescription(leak, "runner", "releases the runner"),
          fix: acquisition.client ? releaseFix(leak, acquisition.client.name, "release", "runner") : "Keep the runner in a variable and call its `release()` in a `finally` block",
        },
      };
    }

    /** A pg-promise connection: its own wording (`done()`, not `release()`), and no `withClient` rewrite. */
    function pgPromiseReportFor(leak: Leak): TSESLint.ReportDescriptor<MessageIds> {
      const { acquisition } = leak;
      const connection = acquisition.client?.name;
      return {
        node: acquisition.call,
        messageId: "pgPromiseConnectionNotDone",
        data: {
          created: shortText(acquisition.call, "connect()"),
          pool: poolText(acquisition.pool, "db"),
          what: leakDescription(leak, "connection", "gives it back"),
          fix: connection ? releaseFix(leak, connection, "done", "connection") : "Keep the connection in a variable and call its `done()` in a `finally` block",
        },
      };
    }

    function reportFor(leak: Leak): TSESLint.ReportDescriptor<MessageIds> {
      const { acquisition } = leak;
      if (isQueryRunner(acquisition)) return runnerReportFor(leak);
      if (acquisition.pgPromise === true) return pgPromiseReportFor(leak);
      const pool = poolText(acquisition.pool, "pool");
      const where =
        leak.exit === "end"
          ? `the end of the callback on line ${leak.line}`
          : leak.exit === "call"
            ? `an exception from the call on line ${leak.line}`
            : `the \`${leak.exit}\` on line ${leak.line}`;
      const done = acquisition.releaseFunction?.name ?? `${acquisition.client?.name ?? "client"}.release`;
      const read =
        leak.cause === "resultReadBeforeErrorCheck" || leak.cause === "resultDestructuredOnError" || leak.cause === "swallowedResultRead"
          ? resultRead(leak.at)
          : null;
      const helperMessage = helperMessageFor(leak.cause, acquisition);
      return {
        node: acquisition.call,
        messageId: helperMessage ?? leak.cause,
        data: {
          pool,
          checkout: helperMessage ? shortText(acquisition.call, `${shortText(acquisition.call.callee, "connect")}(…)`) : "",
          line: leak.line,
          exit: leak.exit,
          scope: LEAVES[leak.exit],
          tryLine: leak.tryStatement?.loc.start.line ?? "",
          where,
          done,
          result: read?.result ?? "",
          read: read?.read ?? "",
          error: read?.error ?? "",
          emitter: leak.binding ? shortText(leak.binding.emitter, "the emitter") : "",
          event: leak.binding?.event ?? leak.listener?.event ?? "",
          method: leak.taskList?.method ?? "",
          failingLine: leak.taskList?.failing.loc.start.line ?? "",
          wrapper: leak.split ? shortText(leak.split.wrapper.callee, "ok") : "",
          onError: leak.split ? shortText(leak.split.onError, "the error handler") : "",
          holder: leak.retry?.holder ?? leak.listener?.holder ?? leak.shared?.holder ?? leak.stream?.holder ?? "",
          hook: leak.shared?.hook ?? "",
          retried: leak.retry?.retried ?? "",
        },
        suggest: suggestionsFor(leak),
      };
    }

    // A client cached on a field and released by another method of the class (field-checkouts.ts): no rewrite.
    for (const leak of fieldCheckoutLeaks(sourceCode, () => createPoolMatcher(context))) {
      context.report({
        node: leak.at,
        messageId: "fieldReleaseSkipped",
        data: { field: leak.field, releaser: leak.releaser, line: leak.at.loc.start.line },
      });
    }
    return analyzeClientLifetimes(context, {
      onLeak: (leak) => context.report(reportFor(leak)),
    });
  },
});

/**
 * The twin of a message for a checkout through the project's own helper (advice without `withClient`), or for a
 * checkout whose call is not a `connect()` (named as written); null when the message is right as it is.
 */
function helperMessageFor(cause: Leak["cause"], acquisition: Leak["acquisition"]): HelperMessageId | null {
  if (acquisition.throughHelper === true && Object.hasOwn(HELPER_MESSAGES, cause)) return HELPER_MESSAGES[cause as keyof typeof HELPER_MESSAGES];
  if (!Object.hasOwn(NAMED_CALL_MESSAGES, cause)) return null;
  const { call } = acquisition;
  const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
  const isConnect = callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === "connect";
  return isConnect ? null : NAMED_CALL_MESSAGES[cause as keyof typeof NAMED_CALL_MESSAGES];
}

/**
 * How a runner's (or a pg-promise) connection is lost, as the end of the rule's sentence; `finallyDoes` is what the
 * `finally` of a `workBeforeTry` leak does ("releases the runner").
 */
function leakDescription(leak: Leak, noun: string, finallyDoes: string): string {
  switch (leak.cause) {
    case "neverReleased":
      return "it is never released";
    case "apolloContextRejectedRequests":
      return "it is returned in Apollo Server's context, and a request Apollo rejects before execution never runs the plugin hooks that could release it";
    case "apolloFormatResponseSkipped":
      return "it is returned in Apollo Server's context and released only in `formatResponse`, which a request answered with a syntax, validation or hook error never runs";
    case "workBeforeTry":
      return `it is not released if the call on line ${leak.line} throws: that call runs before the \`try\` on line ${leak.tryStatement?.loc.start.line ?? "?"} whose \`finally\` ${finallyDoes}`;
    case "notHandedOverOnThrow":
      return `it is lost if the call on line ${leak.line} throws: it is not yet handed over (returned or stored) then`;
    case "earlyExit":
      return `it is not released when the \`${leak.exit}\` on line ${leak.line} leaves ${LEAVES[leak.exit]}`;
    case "notReleasedOnAllPaths":
      return `it is released on some paths only: a path reaching the end on line ${leak.line} still holds it`;
    case "reacquiredWhileHeld":
      return noun === "runner"
        ? `a new runner connects on line ${leak.line} while the previous one still holds its connection`
        : `a new ${noun} is taken on line ${leak.line} while the previous one is still held`;
    case "rejectionSkipsRelease":
      return `it is not released when the promise on line ${leak.line} rejects: only its success path releases it`;
    case "releasedOnlyOnRejection":
      return `it is released only when the promise on line ${leak.line} rejects: when it fulfils, nothing releases it`;
    default:
      return `it is not released if the call on line ${leak.line} throws`;
  }
}

/** What to do about it, in the imperative: `holder.method()` (`release`, `done`) where the leak needs it. */
function releaseFix(leak: Leak, holder: string, method: string, noun: string): string {
  if (leak.cause === "workBeforeTry") return "Move that call inside the `try`";
  if (leak.cause === "notHandedOverOnThrow") return `Call \`${holder}.${method}()\` in a \`catch\` that rethrows, or hand the ${noun} over first`;
  return `Call \`${holder}.${method}()\` in a \`finally\` block`;
}
