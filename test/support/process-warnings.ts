// Warnings a test provokes on purpose (bad settings) are captured instead of printed, so that `npm test`'s stderr
// carries only what nobody expected, and the test asserts the exact lines a user would have seen.
import { afterAll, beforeAll, vi } from "vitest";

/** Captures, for the whole test file, the process warnings with `code`; others pass through to Node as usual. */
export function captureProcessWarnings(code: string): string[] {
  const captured: string[] = [];
  const original = process.emitWarning.bind(process);
  beforeAll(() => {
    vi.spyOn(process, "emitWarning").mockImplementation(((warning: string | Error, options?: unknown, ...rest: unknown[]) => {
      const given = typeof options === "object" && options !== null ? (options as { code?: string }).code : rest[0];
      if (given === code) captured.push(typeof warning === "string" ? warning : warning.message);
      else (original as (...args: unknown[]) => void)(warning, options, ...rest);
    }) as typeof process.emitWarning);
  });
  afterAll(() => {
    vi.mocked(process.emitWarning).mockRestore();
  });
  return captured;
}
