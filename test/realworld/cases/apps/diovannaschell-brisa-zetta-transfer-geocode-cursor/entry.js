// Source: diovannaschell/brisa-zetta — backend/endereco/services/transferService.js at 36be778 (transferData), reduced by hand, not copied
// Label: leak
// Why: the Postgres → Mongo geocoding sync calls readCheckpoint() (readFileSync + JSON.parse, which rethrows anything but ENOENT) between the checkout and the try, and the cursor's async read callback awaits geocoding and Mongo writes with no catch; a corrupt checkpoint file or a failed write leaves the client checked out (the source opens Mongo with `await mongoClient.connect()`, here ./mongo.js's openMongo: one acquisition site a case)
const { pool } = require('./postgres');
const { mongoClient, openMongo, usuariosCollection } = require('./mongo');
const { getCoordinates } = require('./helper');
const { readCheckpoint, writeCheckpoint } = require('./checkpoint');
const Cursor = require('pg-cursor');

async function transferData() {
  await openMongo();
  const client = await pool.connect();
  const { lastProcessedId } = readCheckpoint();

  try {
    const cursorQuery = lastProcessedId
      ? 'SELECT id, cli_cod, nome, endereco, municipio, uf FROM pessoas WHERE id > $1 ORDER BY id'
      : 'SELECT id, cli_cod, nome, endereco, municipio, uf FROM pessoas ORDER BY id';
    const cursor = lastProcessedId
      ? client.query(new Cursor(cursorQuery, [lastProcessedId]))
      : client.query(new Cursor(cursorQuery));

    const readNextBatch = () => {
      cursor.read(100, async (err, rows) => {
        if (err) {
          console.error('Erro ao ler dados do PostgreSQL', err);
          return cursor.close(() => client.release());
        }
        if (rows.length === 0) {
          cursor.close(async () => {
            client.release();
            await mongoClient.close();
          });
          return;
        }
        for (const row of rows) {
          const { id, cli_cod, nome, endereco, municipio, uf } = row;
          const coordinates = await getCoordinates(`${cli_cod}, ${endereco}, ${municipio}, ${uf}`);
          if (coordinates) {
            const existingUser = await usuariosCollection.findOne({ cli_cod, nome });
            if (!existingUser) {
              await usuariosCollection.insertOne({ cli_cod, nome, latitude: coordinates.lat, longitude: coordinates.lon });
            }
          }
          writeCheckpoint(id);
        }
        readNextBatch();
      });
    };

    readNextBatch();
  } catch (error) {
    console.error('Erro na transferência', error);
    client.release();
    await mongoClient.close();
  }
}

module.exports = { transferData };
