// Source: maheshj01/PDSD-MicroService — checkout_service/src/services/checkoutService.ts (CheckoutService.returnCheckoutItem), reduced by hand, not copied
// Label: safe
// Why: the COMMIT-and-return and every thrown error (caught, rolled back, `return false`) pass the finally that releases
import axios from "axios";
import pool from "./db";

class CheckoutService {
  public static async returnCheckoutItem(checkoutId: number): Promise<boolean> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const checkoutResult = await client.query("SELECT * FROM checkouts WHERE id = $1 AND returned = false", [checkoutId]);
      const checkout = checkoutResult.rows[0];
      if (!checkout) {
        throw new Error("Checkout not found or already returned");
      }
      await client.query("UPDATE checkouts SET returned = true WHERE id = $1", [checkoutId]);
      const resp = await axios.put(`${process.env.BOOKS_SERVICE_BASE_URL}/api/books/${checkout.book_id}/return`, { action: "add" });
      if (resp.status === 200) {
        await client.query("COMMIT");
        return true;
      } else {
        throw new Error("Failed to update copies in Books Service");
      }
    } catch (error) {
      await client.query("ROLLBACK");
      console.error("Error in returnCheckoutItem:", error);
      return false;
    } finally {
      client.release();
    }
  }
}

export default CheckoutService;
