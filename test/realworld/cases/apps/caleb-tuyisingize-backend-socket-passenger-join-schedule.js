// Source: caleb-tuyisingize/backend — config/socket.js at 10cfc09 (the 'passenger:joinSchedule' handler and emitCurrentLocation), reduced by hand, not copied
// Label: safe
// Why: the ticket check returns early twice after emitting an error, and the handler passes the client to a helper that queries and emits the bus's last position; all of it inside the try whose finally releases, so the socket acks never outlive the checkout
const pool = require("./pgPool");

async function emitCurrentLocation(socket, client, scheduleId) {
  const result = await client.query(
    "SELECT latitude, longitude, recorded_at FROM live_bus_locations WHERE schedule_id = $1 ORDER BY recorded_at DESC LIMIT 1",
    [scheduleId]
  );
  const current = result.rows[0];
  if (!current) {
    return false;
  }
  socket.emit("bus:currentLocation", {
    scheduleId,
    latitude: parseFloat(current.latitude),
    longitude: parseFloat(current.longitude),
    timestamp: current.recorded_at,
  });
  return true;
}

function registerPassengerHandlers(socket) {
  socket.on("passenger:joinSchedule", async (data) => {
    try {
      const { scheduleId, ticketId } = data;

      const client = await pool.connect();
      try {
        const result = await client.query(
          `SELECT t.id, bs.status AS schedule_status FROM tickets t
           JOIN bus_schedules bs ON bs.schedule_id::text = t.schedule_id::text
           WHERE t.id::text = $1::text AND t.passenger_id::text = $2::text AND t.schedule_id::text = $3::text`,
          [ticketId, socket.userId, scheduleId]
        );

        if (result.rows.length === 0) {
          socket.emit("error", { message: "No valid ticket found for this schedule" });
          return;
        }

        if (result.rows[0].schedule_status !== "in_progress") {
          socket.emit("error", { message: "Bus is not currently active for tracking" });
          return;
        }

        socket.join(`schedule:${scheduleId}`);
        socket.currentScheduleId = scheduleId;

        const hasCurrentLocation = await emitCurrentLocation(socket, client, scheduleId);
        socket.emit("passenger:joinedSchedule", { scheduleId, hasCurrentLocation });
      } finally {
        client.release();
      }
    } catch (error) {
      socket.emit("error", { message: "Failed to join tracking" });
    }
  });
}

module.exports = { registerPassengerHandlers };
