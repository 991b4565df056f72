// Source: decentraland/social-service-ea — src/adapters/pg.ts at fedd4dc5^ (createPgComponent's withTransaction, which executeTx now delegates to), reduced by hand, not copied
// Label: safe
// Why: BEGIN moved inside the try whose finally releases (the awaited release in the finally is still a release)
import { PoolClient } from "pg";
import { createPgComponent as createBasePgComponent } from "@dcl/pg-component";

export async function createPgComponent(components: any, options?: any) {
  const pg = await createBasePgComponent(components, options);

  async function withTransaction<T>(
    callback: (client: PoolClient) => Promise<T>,
    onError?: (error: unknown) => Promise<void>
  ): Promise<T> {
    const client = await pg.getPool().connect();

    try {
      await client.query("BEGIN");
      const result = await callback(client);
      await client.query("COMMIT");

      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      if (onError) await onError(error);
      throw error;
    } finally {
      // eslint-disable-next-line @typescript-eslint/await-thenable
      await client.release();
    }
  }

  return { ...pg, withTransaction };
}
