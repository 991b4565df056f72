// Source: decentraland/nft-server — src/ports/catalog/component.ts at a97389f^ (createCatalogComponent's fetch, after PR #296 moved the release into a finally, before "remove unnecessary client.release()", PR #306), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the early return for a search with no match releases the client, then the finally releases it again: pg-pool throws "Release called on client which has already been released to the pool" out of fetch
import { IPgComponent } from "@well-known-components/pg-component";
import { HttpError } from "../../logic/http/response";
import { latestSchemaQuery, idsBySearchQuery, catalogQuery } from "./queries";

export function createCatalogComponent(options: { database: IPgComponent; sources: Record<string, string> }) {
  const { database } = options;

  async function fetch(filters: { search?: string; ids?: string[] }) {
    let items: any[] = [];
    let total = 0;
    const client = await database.getPool().connect();
    try {
      const schemas = await Promise.all(
        Object.entries(options.sources).map(async ([network, subgraph]) => {
          const schema = await client.query<{ entity_schema: string }>(latestSchemaQuery(subgraph));
          return { [network]: schema.rows[0].entity_schema };
        })
      );
      const reduced = schemas.reduce((acc, curr) => ({ ...acc, ...curr }), {});
      if (filters.search) {
        for (const schema of Object.values(reduced)) {
          const byId = await client.query<{ id: string }>(idsBySearchQuery(schema, filters.search));
          if (byId.rowCount === 0) {
            client.release();
            return { data: [], total: 0 };
          }
          filters.ids = [...(filters.ids ?? []), ...byId.rows.map(({ id }) => id)];
        }
      }
      const results = await client.query(catalogQuery(reduced, filters));
      items = results.rows;
      total = results.rows[0]?.total ?? 0;
    } catch (e) {
      console.error(e);
      throw new HttpError("Couldn't fetch the catalog with the filters provided", 400);
    } finally {
      client.release();
    }

    return { data: items, total: +total };
  }

  return { fetch };
}
