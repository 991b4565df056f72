const mongoose = require("mongoose");

async function connect() {
  const connection = await mongoose.connect(process.env.MONGO_URL, { dbName: "rechill" });
  mongoose.set("strictQuery", true);
  return connection;
}

module.exports = { connect };
