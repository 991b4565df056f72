// Test support: a logger that records lines and lets a test await the line it expects.
import type { MonitorLogger } from "../../src/runtime/index.js";

export interface LogLine {
  level: "info" | "warn";
  message: string;
}

export class RecordingLogger implements MonitorLogger {
  readonly lines: LogLine[] = [];
  private waiters: Array<{ test: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];

  info(message: string): void {
    this.push({ level: "info", message });
  }

  warn(message: string): void {
    this.push({ level: "warn", message });
  }

  /** The first line from now on that passes `test`; rejects after `timeoutMs` with the lines seen meanwhile. */
  next(test: (line: LogLine) => boolean, timeoutMs = 5000): Promise<LogLine> {
    const from = this.lines.length;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`no matching log line within ${timeoutMs} ms; saw:\n${JSON.stringify(this.lines.slice(from))}`));
      }, timeoutMs);
      const done = (line: LogLine) => {
        clearTimeout(timer);
        resolve(line);
      };
      this.waiters.push({ test, resolve: done });
    });
  }

  private push(line: LogLine): void {
    this.lines.push(line);
    for (const waiter of [...this.waiters]) {
      if (waiter.test(line)) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(line);
      }
    }
  }
}

/** A line about one pool: every tick logs for every watched pool. */
export const about = (poolName: string) => (line: LogLine) => line.message.startsWith(`Pool '${poolName}'`);

/** The stall clause a leak report carries (README, *A blocked event loop*): empty without a stall. */
export function stallSaid(event: { loopBlockedMs: number; loopCpuMs: number }): string {
  if (!event.loopBlockedMs) return "";
  const { loopBlockedMs: ms, loopCpuMs: cpu } = event;
  return 2 * cpu >= ms
    ? `, at least ${ms} ms of it with the event loop blocked by this process's own work (${cpu} ms of CPU meanwhile: CPU-bound code; nothing could release it)`
    : `, at least ${ms} ms of it with the event loop stalled while this process used ${cpu} ms of CPU (kept off the cores by other processes, or waiting in a synchronous call; nothing could release it)`;
}
