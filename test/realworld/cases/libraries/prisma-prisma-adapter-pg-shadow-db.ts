// Source: prisma/prisma — packages/adapter-pg/src/pg.ts (PrismaPgAdapterFactory.connectToShadowDb), reduced by hand, not copied
// Label: safe
// Why: `this.connect()` is the adapter factory's own method returning a driver adapter (which owns a pool), not a pool checkout
import pg from "pg";

class Adapter {
  constructor(readonly pool: pg.Pool, private readonly onDispose?: () => Promise<void>) {}
  async executeScript(script: string) {
    await this.pool.query(script);
  }
  async dispose() {
    await this.onDispose?.();
    await this.pool.end();
  }
}

export class AdapterFactory {
  constructor(private readonly config: pg.PoolConfig) {}

  async connect(): Promise<Adapter> {
    return new Adapter(new pg.Pool(this.config));
  }

  async connectToShadowDb(): Promise<Adapter> {
    const conn = await this.connect();
    const database = `shadow_${globalThis.crypto.randomUUID()}`;
    await conn.executeScript(`CREATE DATABASE "${database}"`);
    return new Adapter(new pg.Pool({ ...this.config, database }), async () => {
      await conn.executeScript(`DROP DATABASE "${database}"`);
    });
  }
}
