// Source: https://github.com/brianc/node-postgres/issues/2852 (tswaters' withClient helper for idle-in-transaction errors), reduced by hand, not copied
// Label: safe
// Why: connect() and all the work sit in a try whose finally releases unless the client's 'error' listener already did (a shared flag keeps it to one release)
async function withClient(pool, worker) {
  let client;
  let released = false;
  let failure;

  const onError = (err) => {
    if (released) return;
    released = true;
    client.release(err);
  };

  try {
    client = await pool.connect();
    client.once("error", onError);
    await client.query("BEGIN");
    const result = await worker(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    if (!released) await client.query("ROLLBACK");
    failure = err;
    throw failure;
  } finally {
    if (!released) {
      released = true;
      client.removeListener("error", onError);
      client.release(failure);
    }
  }
}

module.exports = { withClient };
