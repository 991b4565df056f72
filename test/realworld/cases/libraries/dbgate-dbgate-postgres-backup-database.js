// Source: dbgate/dbgate — plugins/dbgate-plugin-postgres/src/backend/drivers.js (backupDatabase), reduced by hand, not copied
// Label: safe
// Why: the driver's own `connect()` opens a dedicated `pg.Client` wrapped in a handle; the backup's finally closes it; no pool checkout
const fs = require("fs");

const driver = {
  async backupDatabase(connection, settings, runner) {
    const { outputFile, database } = settings;
    const dbhan = await this.connect({ ...connection, database });
    const output = fs.createWriteStream(outputFile);
    try {
      const result = await dumpPostgres(dbhan.client, output, { signal: runner.signal });
      runner.info({ message: `Dumped ${result.rows} rows`, severity: "info" });
    } finally {
      output.end();
      await this.close(dbhan);
    }
  },
};

async function dumpPostgres(client, output) {
  const { rows } = await client.query("SELECT 1");
  output.write(JSON.stringify(rows));
  return { rows: rows.length };
}

module.exports = driver;
