// Everything the demo starts, and its removal: the temporary directory (the embedded server's data directory lives
// inside it), the database, the app. Released at the end of the demo, and on Ctrl-C / SIGTERM / SIGHUP — also
// while the database is still being initialised; a second Ctrl-C removes the files at once.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importEmbeddedPostgres, startPostgres, type PostgresHandle } from "./embedded-postgres.js";

export interface Closable {
  close(): Promise<void>;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const EXIT_CODES: Record<(typeof SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
// A server that is still initialising when the user interrupts gets this long to come up before we stop waiting.
const PENDING_START_MS = 20_000;
// Ctrl-C reaches PostgreSQL too (same process group): it shuts down by itself, and embedded-postgres's stop() then
// waits for an exit that has already happened. Stop waiting after this long.
const STOP_MS = 3_000;

/** `promise`, or undefined once `ms` have passed. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, elapsed]);
  } finally {
    clearTimeout(timer);
  }
}

export class DemoResources {
  readonly dir: string;
  app: Closable | undefined;
  private database: PostgresHandle | undefined;
  private pendingDatabase: Promise<PostgresHandle> | undefined;
  private released: Promise<void> | undefined;
  private stopping = false;
  // The server may still be writing into its data directory as it goes: retry what it re-creates meanwhile.
  private readonly removeDir = () => rmSync(this.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  private readonly onExit = () => {
    // Exiting without release() (an uncaught error): dispose() signals the server synchronously before its first await.
    void this.database?.dispose();
    this.removeDir();
  };
  private readonly onSignal = (signal: (typeof SIGNALS)[number]) => {
    const code = EXIT_CODES[signal];
    if (this.stopping) {
      // A second Ctrl-C: the user will not wait for the clean stop. Signal the server and remove its files now,
      // synchronously, instead of dying with them left behind.
      process.stdout.write(`\n${signal} again: removing the database files without waiting…\n`);
      this.onExit();
      process.exit(code);
    }
    this.stopping = true;
    process.stdout.write(`\n${signal}: stopping the demo app and the database…\n`);
    // A deadline, and a handle that keeps the process alive until cleanup ends: without it, a cleanup step that
    // waits on a dead socket would let the event loop drain and the process exit 0 with the directory still there.
    setTimeout(() => process.exit(code), PENDING_START_MS + 10_000);
    void this.release().finally(() => process.exit(code));
  };

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), "poolguard-demo-"));
    // As root, initdb runs as the "postgres" user, which must be able to traverse into its data directory.
    chmodSync(this.dir, 0o755);
    // Last resort if the process ends some other way: synchronous, so it runs even inside process.exit().
    process.once("exit", this.onExit);
    // `on`, not `once`: a second signal during the stop must reach us too, or Node's default would kill the process
    // with the files still there.
    for (const signal of SIGNALS) process.on(signal, this.onSignal);
  }

  /** startPostgres() with its throwaway data directory inside ours (it honours DATABASE_URL). */
  async startDatabase(): Promise<PostgresHandle> {
    // Import first (without its exit hooks, see importEmbeddedPostgres) so that a Ctrl-C during start-up finds only ours.
    if (!process.env.DATABASE_URL) await importEmbeddedPostgres();
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = this.dir;
    try {
      this.pendingDatabase = startPostgres();
      this.database = await this.pendingDatabase;
      return this.database;
    } finally {
      this.pendingDatabase = undefined;
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  }

  /** Stops the app and the database and removes the directory; safe to call more than once. */
  release(): Promise<void> {
    this.released ??= (async () => {
      await this.app?.close().catch(() => {});
      this.app = undefined;
      let database = this.database;
      if (!database && this.pendingDatabase) {
        database = await within(this.pendingDatabase.catch(() => undefined), PENDING_START_MS);
      }
      if (database) await within(database.dispose().catch(() => {}), STOP_MS);
      this.database = undefined;
      this.removeDir();
      process.off("exit", this.onExit);
      for (const signal of SIGNALS) process.off(signal, this.onSignal);
    })();
    return this.released;
  }
}
