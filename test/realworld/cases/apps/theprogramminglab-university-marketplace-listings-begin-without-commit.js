// Source: TheProgrammingLab/University_Marketplace — services/listingService.js at ef4cef6 (ListingService.getAllListingData), reduced by hand, not copied
// Label: safe
// Why: two reads run after a BEGIN that is never committed and the function returns from inside the try, but the finally releases the client on every path
import pool from "../db/pg.js";
import ListingRepository from "../repositories/listingRepository.js";

export default class ListingService {
  static async getAllListings(client) {
    return await ListingRepository.getAllListings(client);
  }

  static async getAllListingImages(client) {
    return await ListingRepository.getAllListingImages(client);
  }

  static async getAllListingData() {
    const client = await pool.connect();

    try {
      await client.query("BEGIN");
      const allListings = await ListingService.getAllListings(client);
      const allListingImages = await ListingService.getAllListingImages(client);

      return { allListings, allListingImages };
    } catch (err) {
      await client.query("ROLLBACK");
      console.log("Cannot fetch posts data");
      throw err;
    } finally {
      client.release();
    }
  }
}
