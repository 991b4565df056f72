// Source: goodmanship/warrenbotfett — lib/pg.js (module.exports.connect), reduced by hand, not copied
// Label: hand-over
// Why: the module's `connect` passes its caller's callback straight to `pool.connect`, so the caller receives the client and its `done` and owns the release (node-postgres's own project-structure advice)
const { Pool } = require('pg')
const logger = require('./logger')

const pool = new Pool()

pool.on('error', (err) => logger.error('idle client error', err))

module.exports.query = (text, values, callback) => {
  logger.log('query:', text, values)
  return pool.query(text, values, callback)
}

module.exports.connect = (callback) => pool.connect(callback)
