// Source: HallelujahHomeChurch/hhc-line-function-bot — src/media-sync/store.ts at a17c8ec (PostgresMediaSyncStore.createBindingCode), reduced by hand, not copied
// Label: safe
// Why: `const now = input.now ?? this.now()` runs between the checkout and the `try` whose `finally` releases, but every store the repository makes at a17c8ec keeps a clock that cannot throw (src/db/postgres.ts's `new PostgresMediaSyncStore(pool)` the default `() => new Date()`, the tests `() => now` or `() => new Date("2099-…")`), so no path leaves the client out
import type { Pool } from "pg";

interface StoreOptions {
  now?: () => Date;
  codeFactory?: () => string;
}

interface CreateBindingCodeInput {
  idempotencyKey: string;
  profileName: string;
  collectionId: string;
  now?: Date;
}

export class PostgresMediaSyncStore {
  private readonly codeFactory: () => string;
  private readonly now: () => Date;

  constructor(private readonly pool: Pool, options: StoreOptions = {}) {
    this.codeFactory = options.codeFactory ?? (() => Math.random().toString(36).slice(2, 10));
    this.now = options.now ?? (() => new Date());
  }

  async createBindingCode(input: CreateBindingCodeInput): Promise<{ code: string; expiresAt: Date }> {
    const idempotencyKey = input.idempotencyKey.trim();
    if (!idempotencyKey) throw new Error("media_sync_binding_code_idempotency_invalid");
    const client = await this.pool.connect();
    const now = input.now ?? this.now();
    try {
      await client.query("begin");
      await client.query("select pg_advisory_xact_lock(hashtext($1))", [`${input.profileName}:${input.collectionId}`]);
      const code = this.codeFactory();
      const expiresAt = new Date(now.getTime() + 10 * 60_000);
      await client.query("insert into media_sync_binding_codes (code, profile_name, collection_id, expires_at) values ($1, $2, $3, $4)", [code, input.profileName, input.collectionId, expiresAt]);
      await client.query("commit");
      return { code, expiresAt };
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
