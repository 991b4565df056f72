// Source: marmelab/coPostgresQuery — lib/services/pg-pool.js at 7ea9256 (the pool's `connect`, PR #14 "Fix naive pool"), reduced by hand, not copied
// Label: hand-over
// Why: `connect()` returns the checkout wrapped by setupClient, whose object carries the client's bound `release`; the caller owns it (before PR #14 the library ran BEGIN/COMMIT through the pool itself, with no checkout at all)
import pg from "pg";

function setupClient(client, isPool = false) {
  const query = ({ sql, parameters }) => {
    if (!sql) throw new Error("sql cannot be null");
    return client.query(sql, parameters).then((result) => result.rows);
  };
  const noTransaction = () => {
    throw new Error("You must create a client with connect to be able to use transaction.");
  };
  const begin = isPool ? noTransaction : () => query({ sql: "BEGIN" });
  const commit = isPool ? noTransaction : () => query({ sql: "COMMIT" });
  const rollback = isPool ? noTransaction : () => query({ sql: "ROLLBACK" });

  return {
    ...client,
    release: isPool ? () => { throw new Error("Cannot release pool"); } : client.release.bind(client),
    end: client.end.bind(client),
    query,
    begin,
    commit,
    rollback,
  };
}

export default ({ user, password, database, host, port }, config = { max: 10, idleTimeoutMillis: 30000 }) => {
  const pool = new pg.Pool({ user, password, database, host, port, max: config.max, idleTimeoutMillis: config.idleTimeoutMillis });

  const connect = () => pool.connect().then(setupClient);

  return {
    ...setupClient(pool, true),
    connect,
  };
};
