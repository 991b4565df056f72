// Source: DMisraa/Vix-Server — Services/database/sendContactsToDatabase.js at e6967fe (sendContactsToDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the contacts are validated after the checkout and before the inner try whose finally releases; each of the four 400 returns leaves the client checked out
import pool from "../../db/db.js";

export async function sendContactsToDatabase(req, res) {
  try {
    const { contacts } = req.body;
    const client = await pool.connect();

    if (!contacts || !Array.isArray(contacts) || contacts.length === 0) {
      return res.status(400).json({ error: "Invalid contacts data" });
    }
    for (const contact of contacts) {
      if (!contact.displayName || !contact.phoneNumber) {
        return res.status(400).json({ error: "Missing required fields: displayName and phoneNumber" });
      }
      if (typeof contact.displayName !== "string" || contact.displayName.length > 100) {
        return res.status(400).json({ error: "Invalid displayName format or length" });
      }
      const digits = contact.phoneNumber.replace(/\D/g, "");
      if (digits.length < 7 || digits.length > 15) {
        return res.status(400).json({ error: "Invalid phone number format" });
      }
    }

    try {
      await client.query("BEGIN");
      const insertedIds = [];
      for (const contact of contacts) {
        const result = await client.query(
          `INSERT INTO contacts (display_name, phone_number, contact_owner, tags) VALUES ($1, $2, $3, $4) RETURNING id`,
          [contact.displayName, contact.phoneNumber, contact.uploadedByEmail, contact.tags || []]
        );
        insertedIds.push(result.rows[0].id);
      }
      await client.query("COMMIT");
      res.status(201).json({ message: "Contacts saved successfully", insertedIds });
    } catch (err) {
      await client.query("ROLLBACK");
      console.error("Transaction failed:", err);
      res.status(500).json({ message: "Failed to save contacts" });
    } finally {
      client.release();
    }
  } catch (error) {
    console.error("Postgres connection error:", error);
    res.status(500).json({ message: "Internal Server Error" });
  }
}
