// Source: caleb-tuyisingize/backend — config/socket.js at 10cfc09 (the 'companyAdmin:joinSchedule' handler), reduced by hand, not copied
// Label: safe
// Why: the role check emits and returns before the checkout; after it, the "trip not found" and "different company" answers return from inside the try whose finally releases
const pool = require("./pgPool");

function registerCompanyAdminHandlers(socket) {
  socket.on("companyAdmin:joinSchedule", async (data) => {
    try {
      const { scheduleId } = data;

      if (socket.userRole !== "company_admin" && socket.userRole !== "company") {
        socket.emit("error", { message: "Unauthorized: Company admin access required" });
        return;
      }

      const client = await pool.connect();
      try {
        const result = await client.query(
          `SELECT bs.company_id, u.company_id AS admin_company_id FROM bus_schedules bs
           JOIN users u ON u.id::text = $1::text WHERE bs.schedule_id::text = $2::text`,
          [socket.userId, scheduleId]
        );

        if (result.rows.length === 0) {
          socket.emit("error", { message: "Trip not found" });
          return;
        }

        const schedule = result.rows[0];
        if (String(schedule.company_id) !== String(schedule.admin_company_id)) {
          socket.emit("error", { message: "Unauthorized: Trip belongs to different company" });
          return;
        }

        socket.join(`schedule:${scheduleId}`);
        socket.emit("companyAdmin:joinedSchedule", { scheduleId });
      } finally {
        client.release();
      }
    } catch (error) {
      socket.emit("error", { message: "Failed to join tracking" });
    }
  });
}

module.exports = { registerCompanyAdminHandlers };
