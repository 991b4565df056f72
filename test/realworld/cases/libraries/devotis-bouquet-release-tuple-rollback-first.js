// Source: devotis/bouquet — src/pg/index.js (getClient, queryAsRole), reduced by hand, not copied
// Label: leak
// Why: getClient hands the checkout back as `[client, release]`; queryAsRole's catch awaits ROLLBACK before `release(err)`, so a ROLLBACK that rejects (a broken connection) skips the release and the client stays checked out
const { Pool } = require("pg");

const pool = new Pool();

const getClient = async () => {
  const client = await pool.connect();
  const timeout = setTimeout(() => {
    console.error("a client has been checked out for more than 5 seconds", client.lastQuery);
  }, 5000);
  const release = (err) => {
    client.release(err);
    clearTimeout(timeout);
  };
  return [client, release];
};

const queryAsRole = async (role, text, params) => {
  const [pgClient, release] = await getClient();
  let result;
  try {
    await pgClient.query("begin");
    await pgClient.query(`set local role ${pgClient.escapeIdentifier(role)}`);
    result = await pgClient.query(text, params);
    await pgClient.query("commit");
    release();
  } catch (err) {
    await pgClient.query("rollback");
    release(err);
    throw err;
  }
  return result;
};

module.exports = { getClient, queryAsRole };
