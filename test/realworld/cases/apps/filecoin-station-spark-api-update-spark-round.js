// Source: filecoin-station/spark-api — api/lib/round-tracker.js (updateSparkRound), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the round mapping and COMMIT run inside the try; the catch rolls back and the finally releases on every path
export async function updateSparkRound (pgPool, contract, newRoundIndex, recordTelemetry, roundStartEpoch) {
  const meridianRoundIndex = BigInt(newRoundIndex)
  const meridianContractAddress = await contract.getAddress()

  if (roundStartEpoch === undefined) {
    roundStartEpoch = await getRoundStartEpochWithBackoff(contract, meridianRoundIndex)
  }

  const pgClient = await pgPool.connect()
  try {
    await pgClient.query('BEGIN')
    const sparkRoundNumber = await mapCurrentMeridianRoundToSparkRound({
      meridianContractAddress,
      meridianRoundIndex,
      roundStartEpoch,
      pgClient,
      recordTelemetry
    })
    await pgClient.query('COMMIT')
    console.log('SPARK round started: %s (epoch: %s)', sparkRoundNumber, roundStartEpoch)
    return { sparkRoundNumber, meridianContractAddress, meridianRoundIndex, roundStartEpoch }
  } catch (err) {
    await pgClient.query('ROLLBACK')
    throw err
  } finally {
    pgClient.release()
  }
}

async function getRoundStartEpochWithBackoff (contract, roundIndex) {
  return await contract.getRoundStart(roundIndex)
}

async function mapCurrentMeridianRoundToSparkRound ({ meridianContractAddress, meridianRoundIndex, pgClient }) {
  const { rows } = await pgClient.query(
    'SELECT spark_round FROM meridian_contract_versions WHERE contract_address = $1',
    [meridianContractAddress]
  )
  return rows.length ? BigInt(rows[0].spark_round) + meridianRoundIndex : meridianRoundIndex
}
