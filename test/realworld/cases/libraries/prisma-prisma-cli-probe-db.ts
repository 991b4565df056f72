// Source: prisma/prisma — packages/1-framework/3-tooling/cli/src/commands/init/probe-db.ts (probe), reduced by hand, not copied
// Label: safe
// Why: `prisma init` probes the database with a dedicated `pg.Client`, ended in a finally; no pool checkout
interface PgClient {
  on(event: "error", listener: (err: Error) => void): unknown;
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: ReadonlyArray<{ version: string }> }>;
  end(): Promise<void>;
}

declare function requirePeer<T>(name: string, baseDir: string): T;
declare function suppressIdleConnectionErrors<T>(client: T): T;

export async function probePostgres(databaseUrl: string, baseDir: string): Promise<{ serverVersion: string }> {
  const pg = requirePeer<{ Client: new (cfg: { connectionString: string }) => PgClient }>("pg", baseDir);
  const client = suppressIdleConnectionErrors(new pg.Client({ connectionString: databaseUrl }));
  try {
    await client.connect();
    const result = await client.query("SELECT version() as version");
    return { serverVersion: String(result?.rows?.[0]?.version ?? "") };
  } finally {
    await client.end().catch(() => undefined);
  }
}
