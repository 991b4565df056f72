// Source: josephvtranx/Mobius — server/src/routes/timePackageRoutes.js (DELETE /:id), reduced by hand, not copied
// Label: safe
// Why: the checkout comes from the per-tenant pool the middleware put on `req.db`; the catch's ROLLBACK may throw but the finally still releases
const express = require('express');
const router = express.Router();

router.delete('/:id', authenticateToken, async (req, res) => {
    const client = await req.db.connect();
    try {
        const { id } = req.params;
        const used = await client.query('SELECT COUNT(*) FROM student_time_packages WHERE time_package_id = $1', [id]);
        if (parseInt(used.rows[0].count) > 0) {
            return res.status(400).json({ error: 'Package in use' });
        }
        await client.query('BEGIN');
        const deleted = await client.query('DELETE FROM time_packages WHERE time_package_id = $1 RETURNING *', [id]);
        if (deleted.rows.length === 0) {
            await client.query('ROLLBACK');
            return res.status(404).json({ error: 'Time package not found' });
        }
        await client.query('COMMIT');
        res.json({ message: 'deleted' });
    } catch (error) {
        await client.query('ROLLBACK');
        res.status(500).json({ error: 'Failed to delete time package' });
    } finally {
        client.release();
    }
});

module.exports = router;
