// Source: cardstack/boxel — packages/postgres/pg-adapter.ts (PgAdapter.withConnection, as PR #4405 "Fix dirty pg pool connections" left it), reduced by hand, not copied
// Label: safe
// Why: the callback runs in a try; the catch rolls back and releases (destroying the client when ROLLBACK fails) and sets `released`, and the finally releases whenever that flag is still false
import { Pool } from "pg";
import { expressionToSql, logger, type Expression } from "@cardstack/runtime-common";

const log = logger("pg-adapter");

export class PgAdapter {
  readonly kind = "pg";
  private pool = new Pool({ max: 40 });
  private started: Promise<void> = Promise.resolve();

  async withConnection<T>(fn: (query: (e: Expression) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
    await this.started;

    let client = await this.pool.connect();
    let query = async (expression: Expression) => {
      let sql = expressionToSql(this.kind, expression);
      let { rows } = await client.query(sql);
      return rows;
    };
    let released = false;
    try {
      return await fn(query);
    } catch (e) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        log.error("ROLLBACK failed during connection cleanup, destroying client: %s", rollbackError);
        client.release(true);
        released = true;
        throw e;
      }
      client.release();
      released = true;
      throw e;
    } finally {
      if (!released) {
        client.release();
      }
    }
  }
}
