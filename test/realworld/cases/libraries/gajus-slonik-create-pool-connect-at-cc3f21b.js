// Source: gajus/slonik — src/index.js at cc3f21b2^ (createPool's inner `connect`), reduced by hand, not copied
// Label: hand-over
// Why: `connect` returns the checked-out connection wrapped in an object whose `release` is the connection's own release bound to it; the caller (createPool's transaction, users) releases it
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import { any, many, one, query, transaction, bindTemplate } from "./queries.js";

export const createPool = (connectionConfiguration, clientConfiguration = {}) => {
  const pool = new pg.Pool(
    typeof connectionConfiguration === "string" ? parseConnectionString(connectionConfiguration) : connectionConfiguration,
  );

  const connect = async () => {
    const connection = await pool.connect();

    const bound = {
      any: bindTemplate(any.bind(null, connection, clientConfiguration)),
      many: bindTemplate(many.bind(null, connection, clientConfiguration)),
      one: bindTemplate(one.bind(null, connection, clientConfiguration)),
      query: bindTemplate(query.bind(null, connection)),
      release: connection.release.bind(connection),
      transaction: (handler) => transaction(bound, handler),
    };

    return bound;
  };

  return {
    any: bindTemplate(any.bind(null, pool, clientConfiguration)),
    connect,
    many: bindTemplate(many.bind(null, pool, clientConfiguration)),
    query: bindTemplate(query.bind(null, pool)),
  };
};
