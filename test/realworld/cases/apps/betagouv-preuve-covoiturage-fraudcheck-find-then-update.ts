// Source: betagouv/preuve-covoiturage — api/services/fraud/src/providers/FraudCheckRepositoryProvider.ts at 4fabbc81e^ (findThenUpdate, before PR #1995 "avoid double free"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client leaves in the returned callback (COMMIT + release) and a timer (ROLLBACK, then release); but the function's own catch awaits ROLLBACK before `release()` outside any finally, so a failing ROLLBACK (a lost connection, the usual cause of the first error) keeps the client
import { PoolClient } from "pg";
import { PostgresConnection } from "../connection";

export class FraudCheckRepositoryProvider {
  constructor(protected connection: PostgresConnection) {}

  async findThenUpdate(query: { text: string; values: unknown[] }, timeout: number) {
    const client = await this.connection.getClient().connect();
    try {
      await client.query("BEGIN");
      const result = await client.query<{ acquisition_id: number }>(query);
      let hasTimeout = false;
      const timeoutFn = setTimeout(() => {
        hasTimeout = true;
        client.query("ROLLBACK").finally(() => client.release());
      }, timeout);
      return [
        result.rows.map((r) => r.acquisition_id),
        async (data?: { acquisition_id: number }) => {
          if (timeoutFn && !hasTimeout) {
            try {
              if (data) {
                await this.createOrUpdate(data, client);
              } else {
                clearTimeout(timeoutFn);
                await client.query("COMMIT");
                client.release();
              }
            } catch (e) {
              clearTimeout(timeoutFn);
              await client.query("ROLLBACK");
              client.release();
              throw e;
            }
          }
        },
      ] as const;
    } catch (e) {
      await client.query("ROLLBACK");
      client.release();
      throw e;
    }
  }

  protected async createOrUpdate(data: { acquisition_id: number }, client: PoolClient): Promise<void> {
    await client.query("SELECT 1 WHERE $1::int IS NOT NULL", [data.acquisition_id]);
  }
}
