// Source: 25th-floor/ttrack-server — src/pg.js at 3ec72e1 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the hapi plugin's raw pool (beside knex) is made in an onPreStart hook; getClient returns the checkout to its caller, who owns the release
const { Pool } = require('pg');

let pool;

function initializeConnection(server, next) {
  pool = new Pool({ connectionString: process.env.DATABASE_URL });
  pool.on('error', (err) => {
    console.error('Unexpected error on idle client', err);
    process.exit(-1);
  });
  next();
}

async function closeConnection(server, next) {
  await pool.end();
  next();
}

exports.getClient = async function () {
  return await pool.connect();
};

exports.register = function (server, options, next) {
  server.ext('onPreStart', initializeConnection);
  server.ext('onPreStop', closeConnection);
  next();
};
