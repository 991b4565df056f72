// Source: ppark9553/our-web-server — ws-server/server.js (module scope), reduced by hand, not copied
// Label: safe
// Why: a socket.io relay keeps one dedicated pg Client, connected at start-up (the promise not awaited) and LISTENing on "projectstate" for the process's life, and forwards its notifications to every socket that asks; no pool checkout, nothing owed back (each 'ready for data' adds another notification listener that is never removed, a listener leak, not a connection one)
const io = require("socket.io").listen(3000);
const pg = require("pg");

const conString = process.env.DATABASE_URL;

let pgClient = new pg.Client(conString);
pgClient.connect();
let query = pgClient.query('LISTEN "projectstate"');

io.sockets.on("connection", (socket) => {
  socket.emit("connected", { connected: true });

  socket.on("ready for data", (data) => {
    pgClient.on("notification", (id) => {
      socket.emit("update", { message: id });
    });
  });
});
