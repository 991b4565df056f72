// Source: BennyXie/Altheros-Capital — server/routes/webhookRoutes.js (handleBookingCreated), reduced by hand, not copied
// Label: safe
// Why: a Cal.com booking webhook declares `let client` before the try and checks out only after validating the payload; every throw and the catch's early `return` pass through the finally's `if (client) client.release()`
const { v4: uuidv4 } = require('uuid');
const pool = require('../db');

async function handleBookingCreated(data) {
  let client;
  try {
    const attendeeEmail = data.payload?.attendees?.[0]?.email;
    const providerEmail = data.payload?.organizer?.email;
    const start = data.payload?.startTime;
    const end = data.payload?.endTime;
    if (!attendeeEmail || !providerEmail || !start || !end) {
      throw new Error('Missing required appointment data');
    }

    client = await pool.connect();

    const patient = await client.query('SELECT id FROM patients WHERE email = $1', [attendeeEmail]);
    if (patient.rows.length === 0) {
      throw new Error(`No patient found for email: ${attendeeEmail}`);
    }
    const provider = await client.query('SELECT id FROM providers WHERE email = $1', [providerEmail]);
    if (provider.rows.length === 0) {
      throw new Error(`No provider found for email: ${providerEmail}`);
    }
    await client.query(
      'INSERT INTO appointments (appointment_id, patient_id, provider_id, appointment_start, appointment_end, ical_uid) VALUES ($1, $2, $3, $4, $5, $6)',
      [uuidv4(), patient.rows[0].id, provider.rows[0].id, start, end, data.payload?.uid]
    );
  } catch (err) {
    console.error('Attendee extraction or DB error:', err.message);
    return;
  } finally {
    if (client) client.release();
  }
}

module.exports = { handleBookingCreated };
