// Tracing calls on a span: `span.setAttribute(…)`, `span.end()`, `span.recordException(err)`. OpenTelemetry's API
// must not throw into the instrumented code (its specification says so; the wrappers libraries write around it, such
// as mastra-pg-pubsub's SafeObservabilitySpan, swallow their errors the same way), so, like logging, such a call is
// no throw point: the release before it is not undone by an exception that sends the path into a `catch`.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, methodCall } from "../node-shapes.js";

/** A span's recording methods (OpenTelemetry's, and `recordError`, a common wrapper's name for recordException). */
const SPAN_METHODS = new Set([
  "end",
  "setAttribute",
  "setAttributes",
  "setStatus",
  "addEvent",
  "addLink",
  "recordException",
  "recordError",
  "updateName",
]);
/** `span`, `rootSpan`, `this.span`, `ctx.activeSpan`: a receiver whose name says it is a span. */
const SPAN_NAME = /^span$|Span$/;

/** `span.setAttribute(…)`, `this.span.end()`: a tracing call on a receiver named as a span. */
export function isTracingCall(call: TSESTree.CallExpression): boolean {
  const method = methodCall(call);
  if (!method || !SPAN_METHODS.has(method.name)) return false;
  const receiver = method.object;
  if (receiver.type === AST_NODE_TYPES.Identifier) return SPAN_NAME.test(receiver.name);
  if (receiver.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberPropertyName(receiver);
    return name !== null && SPAN_NAME.test(name);
  }
  return false;
}
