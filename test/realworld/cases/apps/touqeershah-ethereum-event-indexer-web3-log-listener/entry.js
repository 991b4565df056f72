// Source: touqeerShah/Ethereum-Event-Indexer — event/event_listener.js at 8840282 (event), reduced by hand, not copied
// Label: leak
// Why: the ERC-20 log listener starts with `await pool.connect(); // gets connection` and drops the client, then does every read and write (the starting block, each subscribed log's insert and checkpoint) through `pool.query`; the checked-out client is never released, so each start keeps one connection out of the pool
const Web3 = require("web3");
const { pool, execute } = require("./postgresDB");
const { getStartingBlock, updateStartBlock, insertEventSql } = require("./constant");

const web3 = new Web3(`wss://mainnet.infura.io/ws/v3/${process.env.INFURA_APIKEY}`);

module.exports.event = async () => {
    await pool.connect(); // gets connection
    const response = await execute(getStartingBlock(process.env.CONTRACT_ADDRESS), pool);
    if (!response.status) {
        console.log("Unable to fatch Record ");
        process.exit(1);
    }
    const options = {
        fromBlock: response.result.rows[0].startBlockNumber,
        address: [process.env.CONTRACT_ADDRESS],
        topics: [],
    };
    web3.eth.subscribe("logs", options, async (err, event) => {
        if (!err) {
            await execute(insertEventSql(event), pool);
            const updated = await execute(updateStartBlock(event.blockNumber, process.env.CONTRACT_ADDRESS), pool);
            if (updated.status) {
                console.log("update Starting Block Number ");
            }
        }
    });
};
