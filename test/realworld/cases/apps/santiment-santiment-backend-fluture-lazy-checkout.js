// Source: santiment/santiment-backend — lib/pg.js (PG), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `Future.tryP(() => pool.connect())` is a lazy, uncached Future: every query forks it again and checks out a new client, and nothing in the module ever releases one
'use strict'

const { Pool } = require('pg')
const Future = require('fluture')

function PG(connectionString, logger) {
  const pool = new Pool({ connectionString })

  const clientFuture = Future.tryP(() => pool.connect())

  function query(sql) {
    return clientFuture.chain((client) => Future.tryP(() => client.query(sql)))
  }

  return {
    insertPushTokenIfNotExists: ({ token, os }) =>
      query({
        text: 'INSERT INTO device_tokens (os, token) SELECT $1, $2 WHERE NOT EXISTS (SELECT token FROM device_tokens WHERE token = $2) RETURNING *',
        values: [os, token],
      }).map((result) => {
        logger.info('inserted', result.rowCount)
        return result.rows
      }),
  }
}

module.exports = PG
