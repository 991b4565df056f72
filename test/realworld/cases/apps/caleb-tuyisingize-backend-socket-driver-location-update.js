// Source: caleb-tuyisingize/backend — config/socket.js at 10cfc09 (the 'driver:locationUpdate' handler), reduced by hand, not copied
// Label: safe
// Why: the GPS handler validates the payload and emits an error before any checkout; after `pool.connect()` every early `return` (trip not active, driver not assigned) and the broadcast to the rooms sit inside a try whose finally releases; an outer catch answers the socket
const pool = require("./pgPool");

async function getBusSchedule(client, scheduleId) {
  const result = await client.query("SELECT * FROM bus_schedules WHERE schedule_id::text = $1::text", [scheduleId]);
  return result.rows[0] || null;
}

async function resolveAssignedBus(client, userId) {
  const result = await client.query("SELECT b.id FROM driver_assignments da JOIN buses b ON b.id = da.bus_id WHERE da.driver_id = $1", [userId]);
  return result.rows[0] || null;
}

async function persistLiveLocationSample(client, scheduleId, latitude, longitude) {
  const result = await client.query(
    "INSERT INTO live_bus_locations (schedule_id, latitude, longitude, recorded_at) VALUES ($1, $2, $3, NOW()) RETURNING *",
    [scheduleId, latitude, longitude]
  );
  return result.rows[0] || null;
}

function registerDriverHandlers(io, socket) {
  socket.on("driver:locationUpdate", async (data) => {
    try {
      const { scheduleId, latitude, longitude } = data;
      if (!scheduleId || !latitude || !longitude) {
        socket.emit("error", { message: "Invalid location data" });
        return;
      }

      const client = await pool.connect();
      try {
        const schedule = await getBusSchedule(client, scheduleId);
        if (!schedule || schedule.status !== "in_progress") {
          socket.emit("error", { message: "Trip not found or not active" });
          return;
        }

        const assignedBus = await resolveAssignedBus(client, socket.userId);
        if (!assignedBus || String(assignedBus.id) !== String(schedule.bus_id)) {
          socket.emit("error", { message: "Unauthorized: Not the driver assigned to this bus" });
          return;
        }

        const stored = await persistLiveLocationSample(client, scheduleId, latitude, longitude);
        io.to(`schedule:${scheduleId}`).emit("bus:locationUpdate", {
          scheduleId,
          latitude: stored ? parseFloat(stored.latitude) : latitude,
          longitude: stored ? parseFloat(stored.longitude) : longitude,
        });
      } finally {
        client.release();
      }
    } catch (error) {
      socket.emit("error", { message: error?.message || "Failed to update location" });
    }
  });
}

module.exports = { registerDriverHandlers };
