// Source: 3creddy/dive-form-app — postgres/import-legacy-csv.js at 7886bfa (processFile), reduced by hand, not copied
// Label: safe
// Why: the legacy CSV import streams a file through csv-parse with `for await`, inserting each row into staging on one client and recording a failed row's error on it too, all inside a try whose finally releases
const fs = require('fs');
const path = require('path');
const { parse } = require('csv-parse');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function insertStaging(client, fileName, rowNumber, record) {
  await client.query(
    'INSERT INTO staging_submissions (source_file, source_row_number, raw_json) VALUES ($1, $2, $3)',
    [fileName, rowNumber, record]
  );
}

async function processFile(filePath) {
  const fileName = path.basename(filePath);
  const parser = fs.createReadStream(filePath).pipe(parse({ columns: true, skip_empty_lines: true, trim: true }));

  const client = await pool.connect();
  let rowNumber = 0;
  let ok = 0;

  try {
    for await (const record of parser) {
      rowNumber++;
      try {
        await insertStaging(client, fileName, rowNumber, record);
        ok++;
      } catch (err) {
        console.error(`Row ${rowNumber} ERROR: ${err.message}`);
        await client.query(
          'INSERT INTO staging_submissions (source_file, source_row_number, raw_json, import_error) VALUES ($1, $2, $3, $4)',
          [fileName, rowNumber, record, err.message]
        );
      }
    }
  } finally {
    client.release();
    console.log(`Finished. Imported OK = ${ok} rows.`);
  }
}

(async function main() {
  for (const file of process.argv.slice(2)) {
    await processFile(file);
  }
  await pool.end();
})();
