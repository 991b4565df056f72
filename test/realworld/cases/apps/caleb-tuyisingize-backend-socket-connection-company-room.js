// Source: caleb-tuyisingize/backend — config/socket.js at 10cfc09 (initializeSocket, the io.on('connection') room join), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every socket.io connection checks a client out to find the user's company room and releases it as the try's last statement; a failing SELECT jumps to the catch, which only logs, so the checkout of that connection is never given back
const { Server } = require("socket.io");
const jwt = require("jsonwebtoken");
const pool = require("./pgPool");

let io;

function initializeSocket(server) {
  io = new Server(server, { cors: { origin: process.env.FRONTEND_URL, credentials: true } });

  io.use(async (socket, next) => {
    try {
      const decoded = jwt.verify(socket.handshake.auth.token, process.env.JWT_SECRET);
      socket.userId = decoded.userId || decoded.id;
      socket.userRole = decoded.role;
      next();
    } catch (error) {
      next(new Error("Authentication error: Invalid token"));
    }
  });

  io.on("connection", async (socket) => {
    socket.join(`user:${socket.userId}`);

    try {
      const client = await pool.connect();

      const companyQuery = await client.query(
        `SELECT company_id FROM drivers WHERE user_id = $1
         UNION SELECT id AS company_id FROM companies WHERE owner_id = $1`,
        [socket.userId]
      );

      if (companyQuery.rowCount > 0) {
        const companyId = companyQuery.rows[0].company_id;
        socket.join(`company:${companyId}`);
        socket.companyId = companyId;
      }

      client.release();
    } catch (error) {
      console.error("Error setting up user rooms:", error);
    }

    socket.on("disconnect", () => {
      if (socket.currentScheduleId) {
        socket.leave(`schedule:${socket.currentScheduleId}`);
      }
    });
  });

  return io;
}

module.exports = { initializeSocket };
