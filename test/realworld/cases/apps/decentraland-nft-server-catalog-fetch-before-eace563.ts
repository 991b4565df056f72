// Source: decentraland/nft-server — src/ports/catalog/component.ts at eace563^ (createCatalogComponent's fetch, before "catalog query search empty matches", PR #296), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release comes after the try/catch, and the catch always throws an HttpError: any failing query skips `client.release()`
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
          filters.ids = [...(filters.ids ?? []), ...byId.rows.map(({ id }) => id)];
        }
      }
      const results = await client.query(catalogQuery(reduced, filters));
      items = results.rows;
      total = results.rows[0]?.total ?? 0;
    } catch (e) {
      throw new HttpError("Couldn't fetch the catalog with the filters provided", 400);
    }

    client.release();
    return { data: items, total: +total };
  }

  return { fetch };
}
