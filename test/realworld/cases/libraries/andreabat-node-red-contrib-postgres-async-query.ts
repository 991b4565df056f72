// Source: andreabat/node-red-contrib-postgres — src/nodes/PostgresNode.ts (asyncQuery), reduced by hand, not copied
// Label: safe
// Why: the client lives in the outer `let client`; the finally releases it whenever it is set, whatever the try or catch did
export function makeQueryRunner(node: any, config: { queryTimeout?: number; transaction?: boolean }) {
  return async function runQuery(msg: any) {
    let client: any = null;
    const timeoutMs = Number(config.queryTimeout || 0);
    try {
      client = await node.config.pgPool.connect();
      if (timeoutMs > 0) {
        try {
          await client.query(`SET statement_timeout = ${timeoutMs}`);
        } catch (setErr: any) {
          node.warn(`could not set statement_timeout: ${setErr.message}`);
        }
      }
      if (config.transaction && Array.isArray(msg.payload)) {
        await client.query("BEGIN");
        for (const entry of msg.payload) {
          await client.query(entry.query, entry.params || []);
        }
        await client.query("COMMIT");
      } else {
        msg.payload = await client.query(msg.query, msg.params || []);
      }
    } catch (err: any) {
      if (config.transaction) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackErr: any) {
          node.warn(`ROLLBACK failed: ${rollbackErr.message}`);
        }
      }
      node.error(err, msg);
    } finally {
      if (client) {
        try {
          if (timeoutMs > 0) {
            try {
              await client.query("SET statement_timeout = 0");
            } catch (resetErr: any) {
              node.warn(`could not reset statement_timeout: ${resetErr.message}`);
            }
          }
          client.release();
        } catch (releaseError: any) {
          node.error(`releasing failed: ${releaseError.message}`);
        }
      }
      node.send(msg);
    }
  };
}
