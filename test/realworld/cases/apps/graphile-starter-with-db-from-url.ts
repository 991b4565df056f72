// Source: graphile/starter — @app/db/__tests__/helpers.ts (withDbFromUrl), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the awaited BEGIN runs before the try; and the finally awaits ROLLBACK and RESET before the release, so either throwing skips it
import { PoolClient } from "pg";

import { poolFromUrl } from "../../__tests__/pools";

type ClientCallback<T = any> = (client: PoolClient) => Promise<T>;

const withDbFromUrl = async <T>(url: string, fn: ClientCallback<T>) => {
  const pool = poolFromUrl(url);
  const client = await pool.connect();
  await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE;");
  try {
    await fn(client);
  } catch (e: any) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      console.error([e.message, e.code, e.detail].join("\n"));
    }
    throw e;
  } finally {
    await client.query("ROLLBACK;");
    await client.query("RESET ALL;");
    await client.release();
  }
};

export const withRootDb = <T>(fn: ClientCallback<T>) => withDbFromUrl(process.env.TEST_DATABASE_URL!, fn);
