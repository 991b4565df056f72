// Source: josephvtranx/Mobius — server/src/routes/attendanceRoutes.js (POST /mark), reduced by hand, not copied
// Label: safe
// Why: `req.db` is the tenant's pg pool a middleware took from a Map by the session's code; the early returns sit inside try/finally, which releases
const express = require('express');
const router = express.Router();

router.post('/mark', authenticateToken, async (req, res) => {
    const client = await req.db.connect();
    try {
        const { session_id, student_id, attended } = req.body;
        const found = await client.query('SELECT status FROM class_sessions WHERE session_id = $1 AND student_id = $2', [session_id, student_id]);
        if (found.rows.length === 0) {
            return res.status(404).json({ error: 'Class session not found' });
        }
        if (found.rows[0].status !== 'scheduled') {
            return res.status(400).json({ error: 'Cannot mark attendance' });
        }
        await client.query('BEGIN');
        const marked = await client.query('INSERT INTO attendance (session_id, student_id, attended) VALUES ($1, $2, $3) RETURNING *', [session_id, student_id, attended]);
        await client.query('COMMIT');
        res.status(201).json(marked.rows[0]);
    } catch (error) {
        await client.query('ROLLBACK');
        res.status(500).json({ error: 'Failed to mark attendance' });
    } finally {
        client.release();
    }
});

module.exports = router;
