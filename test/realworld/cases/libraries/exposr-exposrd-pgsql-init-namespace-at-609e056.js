// Source: exposr/exposrd — src/storage/pgsql-storage-provider.js at 609e056 (PgsqlStorageProvider#init), reduced by hand, not copied
// Label: safe
// Why: the table set-up checks out inside an async promise executor and releases in the finally, whether the CREATE statements succeed or the catch rethrows
class PgsqlStorageProvider {
  constructor(pool, logger) {
    this._db = pool;
    this.logger = logger;
    this._ns_init = {};
  }

  async init(ns) {
    ns = this._get_ns(ns);

    this._ns_init[ns] ??= new Promise(async (resolve) => {
      const client = await this._db.connect();
      try {
        await client.query(`CREATE TABLE IF NOT EXISTS ${ns} (key TEXT PRIMARY KEY, value JSONB NOT NULL)`);
        await client.query(`CREATE INDEX IF NOT EXISTS idx_${ns}_key ON ${ns} (key)`);
      } catch (e) {
        this.logger.error({ message: `failed to create table '${ns}': ${e.message}` });
        throw e;
      } finally {
        client?.release();
      }
      resolve({ ready: true });
    });
    return this._ns_init[ns];
  }
}

module.exports = PgsqlStorageProvider;
