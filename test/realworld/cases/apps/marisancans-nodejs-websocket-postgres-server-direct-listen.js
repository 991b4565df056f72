// Source: marisancans/nodejs-websocket-postgres-server — node_app/app.js at 816f78d (reconnect), reduced by hand, not copied
// Label: hand-over
// Why: pg-promise's `db.connect({ direct: true, onLost })` opens a dedicated connection (not a pool checkout) for the plant sensors' LISTEN and stores it in the module's `connection` for the server's life; onLost drops it and reconnects, and the ws server beside it only inserts through `db`
const WebSocket = require("ws");
const pgp = require("pg-promise")({});

const db = pgp(process.env.DATABASE_URL);

let connection;

function onNotification(data) {
  console.log("Received Payload:", data.payload);
}

function setListeners(client) {
  client.on("notification", onNotification);
  return connection.none("LISTEN $1~", "my-channel").catch((error) => console.log(error));
}

function onConnectionLost(err, e) {
  console.log("Connectivity Problem to postgres:", err);
  connection = null;
  e.client.removeListener("notification", onNotification);
  reconnect(5000, 10).catch(() => process.exit());
}

function reconnect(delay, maxAttempts) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      db.connect({ direct: true, onLost: onConnectionLost })
        .then((obj) => {
          connection = obj;
          resolve(obj);
          return setListeners(obj.client);
        })
        .catch((error) => {
          console.log("Error Connecting:", error);
          if (--maxAttempts) {
            reconnect(delay, maxAttempts).then(resolve).catch(reject);
          } else {
            reject(error);
          }
        });
    }, delay);
  });
}

reconnect(0, 1).then(() => console.log("Successful Initial Connection to postgres"));

const wss = new WebSocket.Server({ port: 7000 });

wss.on("connection", function connection(ws) {
  ws.on("message", function incoming(message) {
    const m = JSON.parse(message);
    if (m.command === "post") {
      db.one("INSERT INTO soil(ts, analog, moisture, plant_id) VALUES($1, $2, $3, $4) RETURNING *", [Date.now(), m.data.analog, m.data.moisture, m.data.plant_id])
        .then((res) => console.log(res))
        .catch((e) => console.error(e.stack));
    }
  });
  ws.send("something");
});
