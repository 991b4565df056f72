// Source: decentraland/nft-server — src/ports/nfts/component.ts at e7e9fcc (createNFTComponent's fetch, the ENS fuzzy-search branch, "close connection after looking for ENS names", PR #357), reduced by hand, not copied
// Label: safe
// Why: the client is declared before the try and `client?.release()` runs in its finally, after the early `return []` and after the logged error alike
import { PoolClient } from "pg";
import { IPgComponent } from "@well-known-components/pg-component";
import { schemaQuery, fuzzyEnsQuery } from "./queries";

export function createNFTComponent(options: { db?: IPgComponent; fetchFragments: (o: any) => Promise<any[]> }) {
  const { db } = options;

  async function fetch(filters: { category?: string; search?: string; ids?: string[] }) {
    if (filters.category === "ens" && filters.search && db) {
      let client: PoolClient | undefined = undefined;
      try {
        client = await db.getPool().connect();
        const schema = await client.query<{ entity_schema: string }>(schemaQuery());
        const ids = await client.query<{ id: string }>(fuzzyEnsQuery(schema.rows[0].entity_schema, filters.search));
        if (!ids.rows.length) {
          return [];
        }
        filters.ids = ids.rows.map(({ id }) => id);
        filters.search = undefined;
      } catch (error) {
        console.error("Error filtering ENS by name: ", error);
      } finally {
        client?.release();
      }
    }
    const fragments = await options.fetchFragments(filters);
    return fragments;
  }

  return { fetch };
}
