// What a logger or an event listener returns is the application's: a rejected promise from it must not become an
// unhandled rejection that ends the process. `instanceof Promise` misses promises from another realm (a `vm`
// context, a worker's structured copy, a library's own thenable), so any thenable is handled.

/** Attaches a no-op rejection handler to `value` when it is a thenable; never throws. */
export function ignoreRejection(value: unknown): void {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
  try {
    // Read once: a getter that throws, or returns something else the second time, is contained here.
    const then: unknown = (value as { then?: unknown }).then;
    if (typeof then === "function") then.call(value, undefined, () => {});
  } catch {
    // A thenable whose `then` throws has nothing left to reject.
  }
}
