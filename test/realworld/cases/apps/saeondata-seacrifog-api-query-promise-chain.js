// Source: SAEONData/seacrifog-api — src/db/_query.js at ae0409f (default export), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the GraphQL API's query helper (its DataLoader finders and the CSV set-up run through it) releases in a `.then` after the query: when the query rejects, the chain jumps to `.catch(reject)` and the client is never released
import createPool from "../db/_pool";

const pool = createPool();

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
