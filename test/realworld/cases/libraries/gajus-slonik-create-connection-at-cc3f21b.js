// Source: gajus/slonik — src/index.js at cc3f21b2^ (createConnection, the 2018 single-connection API), reduced by hand, not copied
// Label: hand-over
// Why: the checked-out connection goes back to the caller inside the returned object, whose `end()` releases it and ends the pool
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import { any, many, one, query, transaction, bindTemplate } from "./queries.js";

export const createConnection = async (connectionConfiguration, clientConfiguration = {}) => {
  const pool = new pg.Pool(
    typeof connectionConfiguration === "string" ? parseConnectionString(connectionConfiguration) : connectionConfiguration,
  );

  const connection = await pool.connect();

  let ended = false;

  const bound = {
    any: bindTemplate(any.bind(null, connection, clientConfiguration)),
    end: async () => {
      if (ended) {
        return ended;
      }
      await connection.release();
      ended = pool.end();
      return ended;
    },
    many: bindTemplate(many.bind(null, connection, clientConfiguration)),
    one: bindTemplate(one.bind(null, connection, clientConfiguration)),
    query: bindTemplate(query.bind(null, connection)),
    transaction: (handler) => transaction(bound, handler),
  };

  return bound;
};
