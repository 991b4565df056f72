// Source: decentraland/marketplace-server — src/ports/nfts/component.ts at 0345678 (createNFTsComponent's getNFTs, "release client if nft query fails": pool.query calls moved onto one checked-out client), reduced by hand, not copied
// Label: safe
// Why: the client is taken before the try and `await client.release()` runs in its finally after the return, the logged timeout and the rethrown HttpError alike
import { NFTFilters } from "@dcl/schemas";
import { AppComponents } from "../../types";
import { HttpError } from "../../logic/http/response";
import { getNFTsQuery } from "./queries";
import { getOrdersQuery } from "../orders/queries";

export function createNFTsComponent(components: Pick<AppComponents, "dappsDatabase" | "rentals">) {
  const { dappsDatabase: pg, rentals } = components;

  async function getNFTs(filters: NFTFilters) {
    const client = await pg.getPool().connect();
    let query;
    try {
      query = getNFTsQuery(filters);
      const nfts = await client.query(query);
      query = getOrdersQuery({ nftIds: nfts.rows.map((nft) => nft.id), owner: filters.owner });
      const orders = await client.query(query);
      const listings = await rentals.getRentalsListingsOfNFTs(nfts.rows.map((nft) => nft.id));
      return { data: [nfts.rows, orders.rows, listings], total: nfts.rowCount > 0 ? Number(nfts.rows[0].count) : 0 };
    } catch (error) {
      if ((error as Error).message === "Query read timeout") {
        console.error("Query timeout exceeded (2 minutes)", { filters, query });
      }
      throw new HttpError("Couldn't fetch nfts with the filters provided", 400);
    } finally {
      await client.release();
    }
  }

  return { getNFTs };
}
