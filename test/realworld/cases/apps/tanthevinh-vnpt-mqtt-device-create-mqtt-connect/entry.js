// Source: TanTheVinh/VNPT---MQTT — src/app/controllers/device_controller.js at 73a87e5 (device_controller#create), reduced by hand, not copied
// Label: safe
// Why: the `client` here is an MQTT.js connection opened for the new device with its credentials and kept publishing on a timer; the pg side is one `pool.query(…)`, no checkout
const mqtt = require("mqtt");
const pool = require("./database");

class DeviceController {
  create(req, res, next) {
    const device = req.body;
    if (device.account === device.accountCheck && device.passwordHash === device.passwordCheck) {
      pool
        .query(
          "INSERT INTO devices (name, unit_id, type_id, account, password, active) VALUES ($1, $2, $3, $4, $5, true)",
          [device.name, device.unitId, device.typeId, device.account, device.passwordHash],
        )
        .then(() => {
          res.render("addDevice", { message: "created" });
          const user = { username: device.account, password: device.passwordHash };
          const client = mqtt.connect("mqtt://localhost:1234", user);
          client.on("connect", () => {
            setInterval(() => {
              client.publish(user.username, "Hello world!");
            }, 5000);
          });
        })
        .catch(next);
    } else {
      res.render("addDevice", { message: "failed" });
    }
  }
}

module.exports = new DeviceController();
