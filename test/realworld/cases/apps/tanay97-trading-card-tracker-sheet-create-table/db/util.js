// Source: tanay97/Trading-Card-Tracker — db/util.js (connect, getClient), reduced by hand, not copied
const { Pool } = require("pg");

const connectionString = process.env.DATABASE_URL;
var pool;

module.exports = {
  connect: () => {
    pool = new Pool({ connectionString: connectionString });
    pool.on("error", (err, client) => {
      console.error("Unexpected error on idle client", err);
      process.exit(-1);
    });
  },
  getClient: (callback) => {
    pool.connect((err, client, done) => {
      const timeout = setTimeout(() => {
        console.error("A client has been checked out for more than 3 minutes!");
      }, 180000);

      const release = (err) => {
        done(err);
        console.log("returned client");
        clearTimeout(timeout);
      };

      callback(err, client, release);
    });
  },
};
