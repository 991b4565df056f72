// Source: iamchenxin/es7-postgres — src/pg.js (pgWrapper.connect), reduced by hand, not copied
// Label: hand-over
// Why: the legacy module pool's client and its `done` are wrapped in a ClientWrapper that the promise resolves to; the wrapper's owner releases through it (on a connect error the promise is rejected first and no client exists)
const pg = require("pg");

import ClientWrapper from "./client.js";

const pgWrapper = {
  pg: pg,
  async connect(conString) {
    return new Promise(function (resolve, reject) {
      pg.connect(conString, (err, client, done) => {
        if (err) {
          reject(`[pg.connect]: ${err}`);
        }
        const clientWrapper = new ClientWrapper(client, done);
        resolve(clientWrapper);
      });
    });
  },
};

export { pgWrapper };
