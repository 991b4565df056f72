// Realistic node-postgres service code for the lint benchmarks: repositories, handlers and plain business logic,
// where only a few percent of the functions acquire a client (most go through `pool.query` or `withClient`), and
// a minority of those acquisitions leak the way the seed's guide describes. Deterministic for a given seed.
import { createRandom, type Random } from "./random.js";

export interface PoolCodeOptions {
  seed: number;
  /** Share of generated functions that call `connect()` on a pool (0–1). */
  acquireRate: number;
}

type Template = (id: number, random: Random) => string[];

const tables = ["orders", "invoices", "customers", "shipments", "payments", "workspaces", "members", "events"];
const statuses = ["open", "paid", "shipped", "cancelled", "archived"];

const pick = (random: Random) => random.pick(tables);

// --- functions that do not acquire a client -----------------------------------------------------------------

const poolQuery: Template = (id, random) => {
  const table = pick(random);
  return [
    `export async function find${id}(id: string): Promise<Row | undefined> {`,
    `  const { rows } = await pool.query<Row>("SELECT id, status, total FROM ${table} WHERE id = $1", [id]);`,
    `  return rows[0];`,
    `}`,
  ];
};

const poolQueryList: Template = (id, random) => [
  `export async function list${id}(status: string, limit = ${random.int(10, 200)}): Promise<Row[]> {`,
  `  if (!${JSON.stringify(statuses)}.includes(status)) {`,
  `    throw new RangeError(\`unknown status "\${status}"\`);`,
  `  }`,
  `  const result = await pool.query<Row>(`,
  `    "SELECT id, status, total FROM ${pick(random)} WHERE status = $1 ORDER BY id LIMIT $2",`,
  `    [status, limit],`,
  `  );`,
  `  return result.rows;`,
  `}`,
];

const summarize: Template = (id) => [
  `export function summarize${id}(rows: readonly Row[]): Summary {`,
  `  let total = 0;`,
  `  const byStatus = new Map<string, number>();`,
  `  for (const row of rows) {`,
  `    total += row.total;`,
  `    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);`,
  `  }`,
  `  return { total, count: rows.length, byStatus: Object.fromEntries(byStatus) };`,
  `}`,
];

const validate: Template = (id, random) => [
  `export function validate${id}(input: Partial<Row>): Row {`,
  `  if (typeof input.id !== "string" || input.id.length === 0) {`,
  `    throw new TypeError("id must be a non-empty string");`,
  `  }`,
  `  const total = Number(input.total ?? 0);`,
  `  if (!Number.isFinite(total) || total < 0 || total > ${random.int(1000, 100000)}) {`,
  `    throw new RangeError(\`total out of range: \${input.total}\`);`,
  `  }`,
  `  return { id: input.id, status: input.status ?? "${random.pick(statuses)}", total };`,
  `}`,
];

const format: Template = (id, random) => [
  `export const format${id} = (row: Row, currency = "${random.pick(["EUR", "USD", "GBP"])}"): string =>`,
  `  \`\${row.id.padStart(8, "0")} \${row.status.toUpperCase()} \${(row.total / 100).toFixed(2)} \${currency}\`;`,
];

const handler: Template = (id, random) => [
  `export async function handle${id}(request: Request, reply: Reply): Promise<void> {`,
  `  const started = Date.now();`,
  `  try {`,
  `    const rows = await list${id}Proxy(String(request.query.status ?? "open"));`,
  `    reply.send({ items: rows.map((row) => ({ ...row, total: row.total / 100 })) });`,
  `  } catch (error) {`,
  `    logger.warn(\`handle${id} failed after \${Date.now() - started} ms: \${String(error)}\`);`,
  `    reply.status(${random.pick([500, 503])}).send({ error: "unavailable" });`,
  `  }`,
  `}`,
  `const list${id}Proxy = (status: string) =>`,
  `  pool.query<Row>("SELECT id, status, total FROM ${pick(random)} WHERE status = $1", [status]).then((r) => r.rows);`,
];

const withClientUse: Template = (id, random) => [
  `export async function refresh${id}(ids: readonly string[]): Promise<number> {`,
  `  return withClient(pool, async (client) => {`,
  `    let updated = 0;`,
  `    for (const id of ids) {`,
  `      const result = await client.query("UPDATE ${pick(random)} SET refreshed_at = now() WHERE id = $1", [id]);`,
  `      updated += result.rowCount ?? 0;`,
  `    }`,
  `    return updated;`,
  `  });`,
  `}`,
];

const withTransactionUse: Template = (id, random) => [
  `export async function archive${id}(db: pg.Pool, id: string): Promise<void> {`,
  `  await withTransaction(db, async (client) => {`,
  `    await client.query("INSERT INTO archive SELECT * FROM ${pick(random)} WHERE id = $1", [id]);`,
  `    await client.query("DELETE FROM ${pick(random)} WHERE id = $1", [id]);`,
  `  });`,
  `}`,
];

// --- functions that acquire a client --------------------------------------------------------------------------

const acquireTransaction: Template = (id, random) => [
  `export async function transfer${id}(from: string, to: string, amount: number): Promise<void> {`,
  `  const client = await pool.connect();`,
  `  try {`,
  `    await client.query("BEGIN");`,
  `    await client.query("UPDATE ${pick(random)} SET balance = balance - $1 WHERE id = $2", [amount, from]);`,
  `    await client.query("UPDATE ${pick(random)} SET balance = balance + $1 WHERE id = $2", [amount, to]);`,
  `    await client.query("COMMIT");`,
  `  } catch (error) {`,
  `    await client.query("ROLLBACK");`,
  `    throw error;`,
  `  } finally {`,
  `    client.release();`,
  `  }`,
  `}`,
];

const acquireSimple: Template = (id, random) => [
  `export async function count${id}(db: pg.Pool): Promise<number> {`,
  `  const client = await db.connect();`,
  `  try {`,
  `    await client.query("SET LOCAL statement_timeout = ${random.int(1, 30) * 1000}");`,
  `    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM ${pick(random)}");`,
  `    return Number(rows[0]?.n ?? 0);`,
  `  } finally {`,
  `    client.release();`,
  `  }`,
  `}`,
];

const acquireThisPool: Template = (id, random) => [
  `export class Repository${id} {`,
  `  constructor(private readonly pool: pg.Pool) {}`,
  ``,
  `  async touch(id: string): Promise<void> {`,
  `    const client = await this.pool.connect();`,
  `    try {`,
  `      await client.query("UPDATE ${pick(random)} SET touched_at = now() WHERE id = $1", [id]);`,
  `    } finally {`,
  `      client.release();`,
  `    }`,
  `  }`,
  `}`,
];

const leakNotInFinally: Template = (id, random) => [
  `export async function rename${id}(id: string, name: string): Promise<void> {`,
  `  const client = await pool.connect();`,
  `  try {`,
  `    await client.query("UPDATE ${pick(random)} SET name = $1 WHERE id = $2", [name, id]);`,
  `    client.release();`,
  `  } catch (err) {`,
  `    throw err;`,
  `  }`,
  `}`,
];

const leakEarlyReturn: Template = (id, random) => [
  `export async function maybeClose${id}(id: string, force: boolean): Promise<boolean> {`,
  `  const client = await pool.connect();`,
  `  if (!force) return false;`,
  `  await client.query("UPDATE ${pick(random)} SET status = 'closed' WHERE id = $1", [id]);`,
  `  client.release();`,
  `  return true;`,
  `}`,
];

const leakUnawaited: Template = (id, random) => [
  `async function doAsyncWork${id}(client: pg.PoolClient): Promise<void> {`,
  `  await client.query("DELETE FROM ${pick(random)} WHERE expires_at < now()");`,
  `}`,
  `export async function purge${id}(): Promise<void> {`,
  `  const client = await pool.connect();`,
  `  try {`,
  `    doAsyncWork${id}(client);`,
  `  } finally {`,
  `    client.release();`,
  `  }`,
  `}`,
];

const acquireCallback: Template = (id, random) => [
  `export function legacyLoad${id}(id: string, callback: (error: Error | null, row?: Row) => void): void {`,
  `  pool.connect((err, client, done) => {`,
  `    if (err || !client) return callback(err ?? new Error("no client"));`,
  `    client.query<Row>("SELECT id, status, total FROM ${pick(random)} WHERE id = $1", [id], (queryError, result) => {`,
  `      done();`,
  `      callback(queryError ?? null, result?.rows[0]);`,
  `    });`,
  `  });`,
  `}`,
];

const acquireListener: Template = (id) => [
  `export class OutboxListener${id} {`,
  `  private client: pg.PoolClient | undefined;`,
  ``,
  `  async start(onEvent: (payload: string) => void): Promise<void> {`,
  `    this.client = await listenPool.connect();`,
  `    this.client.on("notification", (message) => onEvent(message.payload ?? ""));`,
  `    await this.client.query("LISTEN outbox_${id}");`,
  `  }`,
  ``,
  `  stop(): void {`,
  `    this.client?.release();`,
  `    this.client = undefined;`,
  `  }`,
  `}`,
];

const ordinary: readonly Template[] = [
  poolQuery, poolQuery, poolQueryList, summarize, summarize, validate, format, format, handler, withClientUse,
  withTransactionUse,
];
// Three correct acquisitions for each leak: real code mostly gets it right.
const acquiring: readonly Template[] = [
  acquireTransaction, acquireSimple, acquireThisPool, acquireCallback, acquireListener, acquireTransaction,
  acquireSimple, acquireThisPool, acquireSimple, leakNotInFinally, leakEarlyReturn, leakUnawaited,
];

export const poolCodePreamble: readonly string[] = [
  `// Generated by bench/corpus: realistic pg service code for the lint benchmarks (not meant to run).`,
  `import pg from "pg";`,
  `import { withClient, withTransaction } from "poolguard/runtime";`,
  ``,
  `interface Row { id: string; status: string; total: number }`,
  `interface Summary { total: number; count: number; byStatus: Record<string, number> }`,
  `interface Request { query: Record<string, unknown> }`,
  `interface Reply { send(body: unknown): void; status(code: number): Reply }`,
  `declare const logger: { info(message: string): void; warn(message: string): void };`,
  ``,
  `const pool = new pg.Pool({ max: 30, connectionTimeoutMillis: 2000 });`,
  `const listenPool = new pg.Pool({ max: 12 });`,
  ``,
];

/** Counts of what a generated source contains, for the corpus description. */
export interface PoolCodeStats {
  functions: number;
  acquisitions: number;
}

/**
 * Generates function blocks until `lines` lines are reached, then pads with blank lines so the text has exactly
 * `lines` lines (each ending with "\n"). `lines` must leave room for the preamble.
 */
export function generatePoolCode(lines: number, options: PoolCodeOptions): { text: string; stats: PoolCodeStats } {
  if (!Number.isInteger(lines) || lines < poolCodePreamble.length + 1) {
    throw new RangeError(`generatePoolCode: lines must be an integer ≥ ${poolCodePreamble.length + 1}, got ${lines}`);
  }
  if (!(options.acquireRate >= 0 && options.acquireRate <= 1)) {
    throw new RangeError(`generatePoolCode: acquireRate must be between 0 and 1, got ${options.acquireRate}`);
  }
  const random = createRandom(options.seed);
  const out = [...poolCodePreamble];
  const stats: PoolCodeStats = { functions: 0, acquisitions: 0 };
  // The acquisition share is held exactly (not drawn per function) so that files of any size have the same density;
  // a seeded phase spreads the acquisitions of many short files instead of putting none in the first functions.
  const phase = options.acquireRate > 0 ? random.int(0, Math.ceil(1 / options.acquireRate)) : 0;
  const acquiresAt = (id: number) => Math.floor((id + phase) * options.acquireRate);
  for (let id = 1; ; id++) {
    const acquires = acquiresAt(id) > acquiresAt(id - 1);
    const block = (acquires ? random.pick(acquiring) : random.pick(ordinary))(id, random);
    if (out.length + block.length + 1 > lines) break;
    out.push(...block, "");
    stats.functions++;
    if (acquires) stats.acquisitions++;
  }
  while (out.length < lines) out.push("");
  return { text: out.join("\n") + "\n", stats };
}
