// The api's pool module (reduced): pg is imported lazily, the pool typed by the module's own structural types
export type QueryExecutor = {
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<{ rows: T[] }>;
};

export type PgClient = QueryExecutor & { release: () => void };

export type PgPool = QueryExecutor & {
  connect: () => Promise<PgClient>;
  end: () => Promise<void>;
};

type PgPoolConstructor = new (config: Record<string, unknown>) => PgPool;
type PgModule = { Pool?: PgPoolConstructor; default?: { Pool?: PgPoolConstructor } };

let pool: PgPool | undefined;

export const getPostgresPool = async (): Promise<PgPool> => {
  if (pool) return pool;
  const pgModule = (await import("pg")) as PgModule;
  const Pool = pgModule.Pool ?? pgModule.default?.Pool;
  if (typeof Pool !== "function") {
    throw new Error("No se pudo cargar pg.Pool");
  }
  pool = new Pool({ connectionString: process.env.DATABASE_URL, options: "-c role=miclub_runtime" });
  return pool;
};
