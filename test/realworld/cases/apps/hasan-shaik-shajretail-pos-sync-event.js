// Source: HASAN-SHAIK/SHAJRetailProducts-Backend — src/api/v1/modules/sync/posSync.routes.js (POST /events), reduced by hand, not copied
// Label: safe
// Why: the checkout is from `req.tenantPool`, the device's tenant database pool set by the auth middleware; the duplicate-event returns, the projection and the error mapping all sit inside try/finally, which releases
const express = require('express');
const router = express.Router();

router.post('/events', posSyncAuth, async (req, res, next) => {
  const event = req.body;
  const eventId = event.event_id;
  const client = await req.tenantPool.connect();
  try {
    await client.query('BEGIN');
    const insert = await client.query('INSERT INTO pos_sync_events(event_id, tenant_id, device_id) VALUES($1,$2,$3) ON CONFLICT(event_id) DO NOTHING RETURNING event_id', [eventId, req.tenant_id, req.posDeviceId]);
    if (insert.rowCount === 0) {
      const existing = await client.query('SELECT tenant_id = $2 AS exact_match FROM pos_sync_events WHERE event_id = $1', [eventId, req.tenant_id]);
      await client.query('ROLLBACK');
      if (existing.rows[0]?.exact_match === true) {
        return res.status(409).json({ code: 'SYNC_EVENT_ALREADY_RECEIVED', event_id: eventId });
      }
      return res.status(409).json({ code: 'SYNC_EVENT_ID_COLLISION', event_id: eventId });
    }
    const syncDevice = await resolvePosInventoryDeviceContext(client, req.posDeviceId);
    const projection = await processPosEvent(client, event, { syncDevice });
    await client.query('UPDATE pos_sync_events SET processed_at=NOW() WHERE event_id=$1', [eventId]);
    await client.query('COMMIT');
    return res.status(202).json({ status: 'accepted', event_id: eventId, projection });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (error.code === 'POS_SYNC_DEVICE_NOT_REGISTERED') {
      return res.status(403).json({ code: error.code, message: error.message });
    }
    return next(error);
  } finally {
    client.release();
  }
});

module.exports = router;
