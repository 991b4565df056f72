// Source: apostrophecms/apostrophe — packages/db-connect/adapters/postgres.js (the PostgreSQL cursor's _next and close), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the cursor keeps its checkout in `this._cursorClient` across _next() calls and gives it back only after `COMMIT` (drained) or `CLOSE` + `COMMIT` (close()); a failed DECLARE or FETCH aborts the transaction and throws with the client on the cursor, and close() then fails on its CLOSE before the release, so the client never goes back
const { Pool } = require('pg');

function escapeIdentifier(name) {
  return name.replace(/"/g, '""');
}

function generateId() {
  return Math.random().toString(36).slice(2);
}

class PostgresCollection {
  constructor(connectionString, name) {
    this._pool = new Pool({ connectionString });
    this.name = name;
  }

  async _ensureTable() {
    await this._pool.query(`CREATE TABLE IF NOT EXISTS "${escapeIdentifier(this.name)}" (_id TEXT PRIMARY KEY, data JSONB)`);
  }
}

class PostgresCursor {
  constructor(collection, buildFindSql) {
    this._collection = collection;
    this._buildFindSql = buildFindSql;
    this._cursorClient = null;
    this._exhausted = false;
    this._peeked = undefined;
  }

  async _next() {
    if (this._peeked !== undefined) {
      const doc = this._peeked;
      this._peeked = undefined;
      if (doc === null) {
        this._exhausted = true;
      }
      return doc;
    }
    if (this._exhausted) {
      return null;
    }
    if (!this._cursorClient) {
      await this._collection._ensureTable();
      this._cursorClient = await this._collection._pool.connect();
      this._cursorName = `cur_${generateId()}`;
      const { sql, params } = this._buildFindSql();
      await this._cursorClient.query('BEGIN');
      await this._cursorClient.query(`DECLARE "${escapeIdentifier(this._cursorName)}" CURSOR FOR ${sql}`, params);
    }

    const result = await this._cursorClient.query(`FETCH NEXT FROM "${escapeIdentifier(this._cursorName)}"`);
    if (result.rows.length === 0) {
      this._exhausted = true;
      await this._cursorClient.query('COMMIT');
      this._cursorClient.release();
      this._cursorClient = null;
      return null;
    }
    return result.rows[0].data;
  }

  async close() {
    if (this._cursorClient) {
      await this._cursorClient.query(`CLOSE "${escapeIdentifier(this._cursorName)}"`);
      await this._cursorClient.query('COMMIT');
      this._cursorClient.release();
      this._cursorClient = null;
      this._exhausted = true;
    }
  }
}

module.exports = { PostgresCollection, PostgresCursor };
