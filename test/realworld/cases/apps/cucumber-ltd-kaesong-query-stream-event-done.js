// Source: cucumber-ltd/kaesong — lib/event_stores/pg_event_store.js (PgQueryStream constructor), reduced by hand, not copied
// Label: safe
// Why: the constructor's callback checkout hands the client a pg-query-stream and binds `done` to the stream's `end` and `error` events; a failed connect calls `done(err)` too
'use strict'

const QueryStream = require('pg-query-stream')

class PgQueryStream {
  constructor(pgPool, queryStream) {
    pgPool.connect((err, client, done) => {
      if (err) {
        queryStream.emit('error', err)
        return done(err)
      }
      client
        .query(queryStream)
        .on('end', done)
        .on('error', done)
    })
    return queryStream
  }
}

function findEventsByEntityUid(pgPool, tableName, entityUid) {
  return new PgQueryStream(pgPool, new QueryStream(`SELECT * FROM ${tableName} WHERE entity_uid=$1 ORDER BY sequence_number`, [entityUid]))
}

module.exports = { findEventsByEntityUid }
