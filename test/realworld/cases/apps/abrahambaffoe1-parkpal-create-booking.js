// Source: AbrahamBaffoe1/Parkpal — server/routes/bookings.js (POST /), reduced by hand, not copied
// Label: safe
// Why: a parking-spot booking throws inside the try when the spot is taken or the slot overlaps; the catch rolls back and answers 400, the finally releases
const express = require('express');
const pool = require('../db/pool');
const auth = require('../middleware/auth');

const router = express.Router();

router.post('/', auth, async (req, res) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { spot_id, start_time, end_time } = req.body;
    const spot = await client.query('SELECT * FROM parking_spots WHERE id = $1 AND is_available = true', [spot_id]);
    if (spot.rows.length === 0) {
      throw new Error('Parking spot not available');
    }
    const conflict = await client.query(
      "SELECT * FROM bookings WHERE spot_id = $1 AND status = 'confirmed' AND start_time < $3 AND end_time > $2",
      [spot_id, start_time, end_time]
    );
    if (conflict.rows.length > 0) {
      throw new Error('Time slot not available');
    }
    const hours = (new Date(end_time) - new Date(start_time)) / 3600000;
    const result = await client.query(
      "INSERT INTO bookings (spot_id, user_id, start_time, end_time, total_price, status) VALUES ($1, $2, $3, $4, $5, 'confirmed') RETURNING *",
      [spot_id, req.user.id, start_time, end_time, hours * spot.rows[0].hourly_rate]
    );
    await client.query('COMMIT');
    res.status(201).json({ status: 'success', data: result.rows[0] });
  } catch (error) {
    await client.query('ROLLBACK');
    res.status(400).json({ status: 'error', message: error.message });
  } finally {
    client.release();
  }
});

module.exports = router;
