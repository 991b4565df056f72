// Source: caleb-tuyisingize/backend — controllers/driverController.js before 3e319b0 "Add RURA routes system, shared routes, migrations and backend improvements" (scanTicket), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: a driver with no profile row gets `client.release()` and a 403 from inside the try whose finally releases `if (client)` again: pg throws "Release called on client which has already been released to the pool." from the finally, and the handler rejects instead of answering (3e319b0 drops the early release)
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
      client.release();
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
