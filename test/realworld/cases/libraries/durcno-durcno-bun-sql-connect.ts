// Source: durcno/durcno — src/connectors/bun.ts (BunPoolConnector.connect), reduced by hand, not copied
// Label: safe
// Why: `#pool` is Bun's built-in SQL client (`new Bun.SQL(…)`, Bun imported from "bun"), whose connect() opens the pool's connection; it hands out no pg client to release
import Bun from "bun";

export class BunPoolConnector {
  #pool: Bun.SQL;
  constructor(url: string, max = 10) {
    this.#pool = new Bun.SQL(url, { max });
  }

  async query(query: string, args?: unknown[]): Promise<unknown> {
    return this.#pool.unsafe(query, args);
  }

  async connect(): Promise<void> {
    await this.#pool.connect();
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
