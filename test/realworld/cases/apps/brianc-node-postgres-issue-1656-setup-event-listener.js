// Source: https://github.com/brianc/node-postgres/issues/1656 (mathroc's setupEventListener, "Notify/Listen, Keep connection for ever"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the LISTEN checkout is kept only by its event handlers, never released nor stored for a shutdown; a failing LISTEN rejects the un-awaited setup with the client still out
const { Pool } = require("pg");

const pool = new Pool();

const setupEventListener = async () => {
  console.log("setting up postgres handler");
  const client = await pool.connect();
  client.on("notification", () => {
    console.log("got a postgres notification");
  });
  client.on("error", (err) => {
    console.log("something bad has happened!", err.stack, err);
  });
  client.on("notice", () => {
    console.log("something not that bad has happened!");
  });

  console.log("setting up postgres listeners");
  await client.query('listen "log.event"');
  console.log("ready");
};

setupEventListener();
