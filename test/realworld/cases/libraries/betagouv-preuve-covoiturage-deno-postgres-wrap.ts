// Source: betagouv/preuve-covoiturage — api/src/ilos/connection-postgres/DenoPostgresConnection.ts (#wrap), reduced by hand, not copied
// Label: safe
// Why: another driver: deno-postgres's Pool (`dep:postgres`), whose client is disposed by the `using` declaration when the method leaves, on every path
import { ClientOptions, Pool } from "dep:postgres";
import { logger } from "@/lib/logger/index.ts";

type Sql = { text: string; values: unknown[] };

export class DenoPostgresConnection {
  #pool: Pool | null = null;

  constructor(private readonly config: ClientOptions) {}

  async #wrap<TResult>(sql: Sql, format: "array" | "object", transaction = true): Promise<TResult[]> {
    using client = await this.#pool!.connect();
    try {
      transaction && (await client.queryArray(`BEGIN`));
      const result =
        format === "object"
          ? await client.queryObject<TResult>({ text: sql.text, args: sql.values })
          : await client.queryArray({ text: sql.text, args: sql.values });
      transaction && (await client.queryArray(`COMMIT`));
      return result.rows as TResult[];
    } catch (e) {
      transaction && (await client.queryArray(`ROLLBACK`));
      e instanceof Error && logger.error("[pg] transaction error", e.message);
      throw e;
    }
  }
}
