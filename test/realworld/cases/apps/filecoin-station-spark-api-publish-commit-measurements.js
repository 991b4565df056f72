// Source: filecoin-station/spark-api — publish/index.js (publish), reduced by hand, not copied
// Label: safe
// Why: the delete/insert/update transaction runs inside the try after connect(); ROLLBACK in the catch, release in the finally
export const publish = async ({ client: pgPool, web3Storage, ieContract, logger = console, maxMeasurements = 1000 }) => {
  const { rows: measurements } = await pgPool.query('SELECT * FROM measurements LIMIT $1', [maxMeasurements])

  const cid = await web3Storage.uploadFile(measurements)
  const { roundIndex } = await commitMeasurements({ cid, ieContract, logger })

  const pgClient = await pgPool.connect()
  try {
    await pgClient.query('BEGIN')
    await pgClient.query('DELETE FROM measurements WHERE id = ANY($1::bigint[])', [measurements.map(m => m.id)])
    await pgClient.query(
      'INSERT INTO commitments (cid, published_at, measurement_count, meridian_round) VALUES ($1, now(), $2, $3)',
      [cid.toString(), measurements.length, roundIndex]
    )
    await pgClient.query(
      'UPDATE spark_rounds SET measurement_count = COALESCE(measurement_count, 0) + $1 WHERE meridian_round = $2',
      [measurements.length, roundIndex]
    )
    await pgClient.query('COMMIT')
  } catch (err) {
    await pgClient.query('ROLLBACK')
    throw err
  } finally {
    pgClient.release()
  }

  await pgPool.query('VACUUM measurements')
  logger.log('Done!')
}

async function commitMeasurements ({ cid, ieContract, logger }) {
  const tx = await ieContract.addMeasurements(cid.toString())
  logger.log('Waiting for the transaction receipt:', tx.hash)
  const receipt = await tx.wait()
  return { roundIndex: receipt.logs[0].args[1] }
}
