// Source: caleb-tuyisingize/backend — controllers/driverController.js at 3e319b0 "Add RURA routes system, shared routes, migrations and backend improvements" (scanTicket), reduced by hand, not copied
// Label: safe
// Why: the commit drops the early `client.release()` before the missing-profile 403, so every return inside the try (the 403s, the 404, the success) and the catch leave the release to the one `if (client)` finally
const pool = require("../config/pgPool");

const scanTicket = async (req, res) => {
  let client;

  try {
    const { qrCode } = req.body || {};
    if (!qrCode || typeof qrCode !== "string") {
      return res.status(400).json({ error: "QR code is required", valid: false });
    }

    client = await pool.connect();

    const driverQuery = await client.query("SELECT id, company_id, name FROM drivers WHERE user_id = $1", [req.userId]);

    if (driverQuery.rowCount === 0) {
      return res.status(403).json({ error: "Driver profile not found", valid: false });
    }

    const driver = driverQuery.rows[0];
    await client.query("BEGIN");

    const ticketResult = await client.query(
      "SELECT id, status, company_id FROM tickets WHERE id::text = $1 OR booking_ref = $1 FOR UPDATE",
      [qrCode],
    );
    if (ticketResult.rowCount === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "Ticket not found", valid: false });
    }
    const ticket = ticketResult.rows[0];
    if (ticket.company_id && ticket.company_id !== driver.company_id) {
      await client.query("ROLLBACK");
      return res.status(403).json({ error: "Ticket not in your company", valid: false });
    }

    await client.query("UPDATE tickets SET status = 'CHECKED_IN', checked_in_at = NOW() WHERE id = $1", [ticket.id]);
    await client.query("COMMIT");

    return res.json({ valid: true, ticket });
  } catch (error) {
    if (client) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        // ignored
      }
    }
    console.error("Scan ticket error:", error);
    return res.status(500).json({ error: "Failed to scan ticket", valid: false });
  } finally {
    if (client) {
      client.release();
    }
  }
};

module.exports = { scanTicket };
