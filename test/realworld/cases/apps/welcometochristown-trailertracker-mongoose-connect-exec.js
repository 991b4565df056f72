// Source: welcometochristown/trailertracker — server/database.js at 122632f (exec), reduced by hand, not copied
// Label: safe
// Why: the trailer tracker's GPRMC fixes go to MongoDB: `mongoose.connect(uri, opts, async (err) => …)` is Mongoose's callback-style connect, not a pg checkout, whatever its callback looks like
const mongoose = require("mongoose");
const Location = require("./models/location");
const config = require("./config");

const exec = async (func) => {
  mongoose.connect(
    "mongodb+srv://" + config.mongodb.user + ":" + config.mongodb.pass + "@" + config.mongodb.cluster + "/" + config.mongodb.db,
    { useNewUrlParser: true },
    async (err) => {
      if (err) throw err;
      try {
        return await func();
      } catch (e) {
        console.log(e);
      }
    },
  );
};

const insert = (geo) => {
  exec(async () => {
    const last = await Location.find().sort({ ordinal: -1 }).limit(1);
    const ordinal = last.length === 1 ? last[0].ordinal + 1 : 0;
    new Location({ ...geo, ordinal }).save();
  });
};

module.exports = { insert };
