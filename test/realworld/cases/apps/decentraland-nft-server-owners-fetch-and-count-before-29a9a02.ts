// Source: decentraland/nft-server — src/ports/owner/component.ts at 29a9a02^ (createOwnersComponent's fetchAndCount, before "add client.release that was missing"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is never released: not after the two queries, not when the schema is missing (a thrown 404), not in the catch that turns every error into a 400
import { IPgComponent } from "@well-known-components/pg-component";
import { getDbSchema } from "../../logic/db/connection";
import { HttpError } from "../../logic/http/response";
import { ownersQuery } from "./utils";

export function createOwnersComponent(options: { database: IPgComponent }) {
  const { database } = options;

  async function fetchAndCount(filters: { itemId?: string; contractAddress?: string }) {
    if (filters.itemId === undefined || !filters.contractAddress) {
      throw new HttpError("itemId and contractAddress are neccesary params.", 400);
    }
    try {
      const client = await database.getPool().connect();
      const schemaName = await getDbSchema(client, { contractAddress: filters.contractAddress });
      if (!schemaName) {
        throw new HttpError("Contract not found", 404);
      }
      const [owners, count] = await Promise.all([
        client.query(ownersQuery(schemaName, filters)),
        client.query(ownersQuery(schemaName, filters, true)),
      ]);
      return { data: owners.rows, total: Number(count.rows[0].count) };
    } catch (e) {
      throw new HttpError("Couldn't fetch owners with the filters provided", 400);
    }
  }

  return { fetchAndCount };
}
