// Source: curus-m/Goods_Express — bin/temperature.js at d858273 (addTempData), reduced by hand, not copied
// Label: safe
// Why: the DHT11 reading is taken before the checkout; between `pool.connect()` and the try only a property read and an array literal run, and the finally releases
const config = require("../config/config");
const moment = require("moment");
const dht11 = require("./dht11");
const { Pool } = require("pg");
const queries = require("../config/queries");
const logger = require("../config/logger");

const pool = new Pool(config.production.postgre);

module.exports = {
  addTempData: async function () {
    const tempData = await dht11.getTemperature();
    const date = moment().format(config.dateString.temperature);
    const client = await pool.connect();
    const query = queries.addTemperatureData;
    const param = [date, tempData.temperature, tempData.humidity];
    try {
      await client.query(query, param);
      logger.debug(`[${date}] ${tempData.temperature}C, ${tempData.humidity}%`);
    } catch (error) {
      logger.error(error.stack);
    } finally {
      client.release();
    }
  },
};
