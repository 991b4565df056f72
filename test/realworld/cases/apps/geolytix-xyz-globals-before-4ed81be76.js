// Source: GEOLYTIX/xyz — globals.js at 4ed81be76^ (the DBS_* loop, before "all pg connections to connect and release"), reduced by hand, not copied
// Label: hand-over
// Why: each database's client is stored in the process-wide `global.DBS` map, where every module queries it for the life of the server (the next commit replaced this with a checkout per request)
module.exports = (fastify) => {
  global.DBS = {};
  Object.keys(process.env).forEach(async (key) => {
    if (key.split("_")[0] === "DBS") {
      await fastify.register(require("fastify-postgres"), {
        connectionString: process.env[key],
        name: key.split("_")[1],
      });
      global.DBS[key.split("_")[1]] = await fastify.pg[key.split("_")[1]].connect();
    }
  });
};
