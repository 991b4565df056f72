// Source: maheshj01/PDSD-MicroService — checkout_service/src/services/checkoutService.ts (CheckoutService.checkoutBook), reduced by hand, not copied
// Label: safe
// Why: the calls to the book service (axios) run inside the transaction's try; the catch rolls back and rethrows and the finally releases
import axios from "axios";
import pool from "./db";

class CheckoutService {
  static async checkoutBook(user_id: number, book_id: number, due_date: Date) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const bookServiceUrl = process.env.BOOKS_SERVICE_BASE_URL;
      const bookInfoResponse = await axios.get(`${bookServiceUrl}/api/books/${book_id}`);
      if (!bookInfoResponse.data.availableCopies || bookInfoResponse.data.availableCopies <= 0) {
        throw new Error("Book is not available for checkout");
      }
      await axios.put(`${bookServiceUrl}/api/books/${book_id}`);
      const checkoutResult = await client.query("INSERT INTO checkouts (user_id, book_id, due_date) VALUES ($1, $2, $3) RETURNING *", [user_id, book_id, due_date]);
      await client.query("COMMIT");
      return checkoutResult.rows[0];
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}

export default CheckoutService;
