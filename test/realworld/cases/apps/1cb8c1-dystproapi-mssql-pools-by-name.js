// Source: 1cb8c1/DystproAPI — src/db/pools.js (createPool), reduced by hand, not copied
// Label: safe
// Why: a registry of pools by name — but of mssql ConnectionPools: `POOLS[name].connect()` opens the mssql pool and resolves to the pool itself, no pg client is checked out
const { ConnectionPool } = require("mssql");
const CONFIG = require("../../Config");

const POOLS = {};
const P_OWNER = "OWNER";

const getPool = (name) => {
  if (Object.prototype.hasOwnProperty.call(POOLS, name)) return POOLS[name];
};

const createPool = (config, name) => {
  if (getPool(name)) throw new Error("Pool with this name already exists");
  POOLS[name] = new ConnectionPool(config);
  return POOLS[name].connect();
};

const closePool = (name) => {
  if (Object.prototype.hasOwnProperty.call(POOLS, name)) {
    const pool = POOLS[name];
    delete POOLS[name];
    return pool.close();
  }
};

const populatePoolsPromise = new Promise(async (resolve, reject) => {
  try {
    if (Object.keys(POOLS).length === 0) await createPool(CONFIG.OWNER_CONNECTION, P_OWNER);
    resolve();
  } catch (error) {
    reject(error);
  }
});

module.exports = { closePool, createPool, getPool, populatePoolsPromise, P_OWNER };
