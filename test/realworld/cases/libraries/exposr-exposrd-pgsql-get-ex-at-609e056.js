// Source: exposr/exposrd — src/storage/pgsql-storage-provider.js at 609e056 (PgsqlStorageProvider#get), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: with opts.EX the finally skips the release (the returned `done` closure is meant to release), so the "no row" return and every failed BEGIN/SELECT leave the client checked out, inside an open transaction; the storage refactor b07cba0 dropped the EX branch
class PgsqlStorageProvider {
  constructor(pool, logger) {
    this._db = pool;
    this.logger = logger;
  }

  async get(ns, key, opts) {
    await this.init(ns);
    ns = this._get_ns(ns);

    let client;
    try {
      client = await this._db.connect();
      if (opts.EX) {
        await client.query("BEGIN;");
        const res = await client.query(`SELECT value FROM ${ns} WHERE key = $1 FOR UPDATE;`, [key]);
        if (res?.rowCount != 1) {
          return [null, undefined];
        }
        const done = async (value) => {
          try {
            if (value) {
              await client.query(`UPDATE ${ns} SET value = $1 WHERE key = $2`, [value, key]);
            }
            await client.query("COMMIT;");
          } catch (e) {
            this.logger.error({ message: `failed to update ${key} in ${ns}: ${e.message}` });
            return false;
          } finally {
            client.release();
          }
          return true;
        };
        return [res?.rows?.[0]?.value, done];
      } else {
        const res = await client.query(`SELECT value FROM ${ns} WHERE key = $1`, [key]);
        return res?.rows?.[0]?.value || null;
      }
    } catch (e) {
      this.logger.error({ message: `failed to get key ${key} from ${ns}: ${e.message}` });
      return false;
    } finally {
      if (!opts.EX) {
        client?.release();
      }
    }
  }
}

module.exports = PgsqlStorageProvider;
