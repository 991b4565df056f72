// Source: dynajoe/tinypg — src/tiny.ts at f8a7bb0 (TinyPg.performDbCall's query_promise, as "Fix issue not releasing client." left it), reduced by hand, not copied
// Label: safe
// Why: the catch records the error and rethrows, the finally releases (destroying the client on a connection-class error) on every path
import * as Pg from "pg";
import * as _ from "lodash";
import { EventEmitter } from "events";

interface DbCall {
  name: string;
  parameterized_query: string;
  parameter_map: { name: string }[];
}

interface Result {
  row_count: number;
  rows: any[];
}

export class TinyPg {
  public events = new EventEmitter();
  private pool: Pg.Pool;

  constructor(options: Pg.PoolConfig) {
    this.pool = new Pg.Pool(options);
  }

  async performDbCall(db_call: DbCall, params: Record<string, unknown>): Promise<Result> {
    let call_completed = false;
    let client: Pg.PoolClient;

    // Works around queries swallowed after a connection error by polling the socket.
    const connection_failed_promise = new Promise<any>((resolve, reject) => {
      const checkForConnection = () => {
        if (call_completed) {
          resolve(undefined);
        } else if (_.get(client, "connection.stream.destroyed", false)) {
          reject(new Error("Connection terminated"));
        } else {
          setTimeout(checkForConnection, 500);
        }
      };
      setTimeout(checkForConnection, 500);
    });

    const query_promise = async (): Promise<Result> => {
      client = await this.getClient();
      let error: any = null;

      try {
        this.events.emit("query", { name: db_call.name });
        const values = _.map(db_call.parameter_map, (m) => {
          if (!_.has(params, m.name)) {
            throw new Error(`Missing expected key [${m.name}] on input parameters.`);
          }
          return _.get(params, m.name);
        });
        const result = await client.query(db_call.parameterized_query, values);
        return { row_count: result.rowCount ?? 0, rows: result.rows };
      } catch (e) {
        error = e;
        throw e;
      } finally {
        if (!_.isNil(error) && (!error.code || _.startsWith(error.code, "57P"))) {
          client.release(error);
        } else {
          client.release();
        }
      }
    };

    try {
      const data = await Promise.race([connection_failed_promise, query_promise()]);
      this.events.emit("result", { name: db_call.name });
      return data;
    } finally {
      call_completed = true;
    }
  }

  private getClient(): Promise<Pg.PoolClient> {
    return this.pool.connect();
  }
}
