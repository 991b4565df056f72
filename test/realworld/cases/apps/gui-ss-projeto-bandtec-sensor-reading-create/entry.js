// Source: gui-ss/projeto-bandtec — projeto-com-api/src/controllers/SensorController.js at fc21700 (create), reduced by hand, not copied
// Label: safe
// Why: the greenhouse API stores the latest serial-port temperature and humidity through `database.connect()`, a local module's wrapper around mssql's `sql.connect(…)`, and closes mssql's global pool in `.finally`; nothing here is a pg checkout
const database = require("./connection");
const { ArduinoDataTemp } = require("./serialTemperature");
const { ArduinoDataHumidity } = require("./serialHumidity");

module.exports = {
  async create(request, response) {
    const kept = 150;
    const { fkArea } = request.body;
    const temperature = ArduinoDataTemp.List[ArduinoDataTemp.List.length - 1];
    const humidity = ArduinoDataHumidity.List[ArduinoDataHumidity.List.length - 1];

    database
      .connect()
      .then(async () => {
        return await database.sql
          .query(`INSERT INTO tbSensor (umidade, temperatura, dataLeitura, fkArea) VALUES (${humidity}, ${temperature}, GETDATE(), ${fkArea});
                  DELETE FROM tbSensor WHERE idSensor NOT IN (SELECT TOP ${kept} idSensor FROM tbSensor ORDER BY idSensor DESC);`)
          .then(() => {
            response.sendStatus(200);
          });
      })
      .catch((error) => {
        console.log("Erro: " + error);
      })
      .finally(() => {
        database.sql.close();
      });
  },
};
