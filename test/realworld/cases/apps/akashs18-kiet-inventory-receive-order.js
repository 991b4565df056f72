// Source: Akashs18/kiet-inventory — src/controllers/inventory.controller.js at ddc9c49 (receiveOrder), reduced by hand, not copied
// Label: safe
// Why: a college inventory app's transaction returns early (after ROLLBACK) on short stock and keeps generating the PDF and mailing after COMMIT, all inside the try whose finally releases
import pool from "../config/db.js";
import { generateIndentNumber } from "../utils/indentNumber.js";
import { generateIndentPDF } from "../utils/pdf.js";
import { sendMail } from "../utils/mailer.js";

export const receiveOrder = async (req, res) => {
  const { cart_id } = req.params;

  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    const itemsResult = await client.query(
      `SELECT ci.quantity, p.id AS product_id, p.name AS product_name, p.quantity AS stock_quantity, u.email
         FROM cart_items ci JOIN carts c ON ci.cart_id = c.id JOIN products p ON ci.product_id = p.id
         JOIN users u ON c.staff_id = u.id WHERE c.id=$1 FOR UPDATE`,
      [cart_id]
    );
    const items = itemsResult.rows;

    for (const item of items) {
      if (item.quantity > item.stock_quantity) {
        await client.query("ROLLBACK");
        return res.status(400).send(`Not enough stock for product: ${item.product_name}`);
      }
    }

    const indentNo = await generateIndentNumber(client);

    for (const item of items) {
      await client.query("UPDATE products SET quantity = quantity - $1 WHERE id=$2", [item.quantity, item.product_id]);
    }

    await client.query("UPDATE carts SET status='received', indent_no=$1, received_at=NOW() WHERE id=$2", [indentNo, cart_id]);

    await client.query("COMMIT");

    const pdfPath = await generateIndentPDF({ cart_id, indent_no: indentNo }, items);
    await sendMail([items[0].email], `Indent Letter - ${indentNo}`, "<p>Dear Staff,</p>", [{ filename: `${indentNo}.pdf`, path: pdfPath }]);

    res.redirect("/inventory-admin/orders/pending");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error(error);
    res.status(500).send("Failed to process the order.");
  } finally {
    client.release();
  }
};
