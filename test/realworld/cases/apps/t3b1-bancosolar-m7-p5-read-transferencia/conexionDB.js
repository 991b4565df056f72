const { Pool } = require('pg');

const pool = new Pool({ host: 'localhost', database: 'bancosolar', port: 5432, min: 2, max: 6, idleTimeoutMillis: 3000 });

module.exports = pool;
