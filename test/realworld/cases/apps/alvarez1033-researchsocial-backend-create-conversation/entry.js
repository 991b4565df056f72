// Source: Alvarez1033/researchsocial-backend — src/routes/messages.js (POST /conversations), reduced by hand, not copied
// Label: safe
// Why: the client comes from getClient (./pool, which returns a checked-out client); the transaction runs in a try whose finally releases, inside the route's outer try that forwards errors to next
const router = require("express").Router();
const { query, getClient } = require("./pool");

router.post("/conversations", async (req, res, next) => {
  try {
    const { withUserId } = req.body;
    const existingRows = (await query("SELECT c.id FROM conversations c WHERE c.a = $1 AND c.b = $2", [req.user.id, withUserId])).rows;
    if (existingRows.length) return res.json({ conversationId: existingRows[0].id, created: false });

    const client = await getClient();
    try {
      await client.query("BEGIN");
      const conv = await client.query("INSERT INTO conversations DEFAULT VALUES RETURNING id");
      const convId = conv.rows[0].id;
      await client.query("INSERT INTO conversation_participants (conversation_id, user_id) VALUES ($1, $2), ($1, $3)", [convId, req.user.id, withUserId]);
      await client.query("COMMIT");
      res.status(201).json({ conversationId: convId, created: true });
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  } catch (err) {
    next(err);
  }
});

module.exports = router;
