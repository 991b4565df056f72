// Source: SAEON/data-portal — src/services/api/src/postgis/_query.js at 00a7c71b (the API's PostGIS query helper), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release sits in a `.then` step after the query's; when the query rejects, the chain jumps to the `.catch`, which rejects the caller's promise and never releases the client
import { POSTGIS_DB, POSTGIS_HOST, POSTGIS_USER, POSTGIS_PSWD, POSTGIS_PORT } from "./config.js";
import createPool from "./_pool.js";

const pool = createPool(POSTGIS_HOST, POSTGIS_USER, POSTGIS_DB, POSTGIS_PSWD, POSTGIS_PORT);

export default ({ text, values, name }) =>
  new Promise((resolve, reject) =>
    pool
      .connect()
      .then((client) =>
        client
          .query({ text, values, name })
          .then((res) => resolve(res))
          .then(() => client),
      )
      .then((client) => client.release())
      .catch((err) => reject(err)),
  );
