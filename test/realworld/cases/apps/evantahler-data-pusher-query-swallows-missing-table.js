// Source: evantahler/data-pusher — lib/connections/pg.js (PGConnection.query), reduced by hand, not copied
// Label: safe
// Why: the catch rolls back and swallows "does not exist" errors (the method then resolves to undefined) or emits and rethrows the others; the finally releases on every path
const { EventEmitter } = require('events')
const { Pool } = require('pg')

class PGConnection extends EventEmitter {
  constructor (name, options) {
    super()
    this.name = name
    this.pool = new Pool(options)
  }

  async query (q, values) {
    const client = await this.pool.connect()

    try {
      await client.query('BEGIN')
      const response = await client.query(q, values)
      await client.query('COMMIT')
      return response
    } catch (error) {
      await client.query('ROLLBACK')
      if (!error.toString().match(/does not exist/)) {
        this.emit('error', error, { query: q, values })
        throw error
      }
    } finally {
      client.release()
    }
  }
}

module.exports = PGConnection
