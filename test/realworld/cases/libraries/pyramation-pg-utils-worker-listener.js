// Source: pyramation/pg-utils — packages/jobs/worker.js (makeNewListener), reduced by hand, not copied
// Label: hand-over
// Why: the named connect callback keeps the LISTEN client for the worker's life (the notification handler and the job loop use it); its `error` listener releases it and reconnects
const pg = require("pg");

const pgPool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
let doNextTimer = null;

function doNext(client) {
  doNextTimer = setTimeout(() => client.query("SELECT 1"), 1000);
}

function makeNewListener() {
  const listenForChanges = (err, client, release) => {
    if (err) {
      console.error("Error connecting with notify listener", err);
      setTimeout(makeNewListener, 5000);
      return;
    }
    client.on("notification", () => {
      if (doNextTimer) doNext(client);
    });
    client.query('LISTEN "jobs:insert"');
    client.on("error", (e) => {
      console.error("Error with database notify listener", e);
      release();
      makeNewListener();
    });
    doNext(client);
  };
  pgPool.connect(listenForChanges);
}

makeNewListener();
