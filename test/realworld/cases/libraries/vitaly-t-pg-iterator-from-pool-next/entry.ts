// Source: vitaly-t/pg-iterator — src/from-pool.ts (QueryIterablePool.query, next), reduced by hand, not copied
// Label: hand-over
// Why: the `.then` callback stores the checkout in `self.client`; `finish()` releases it when the stream ends, errors or closes; the listener registrations before the store cannot throw
import QueryStream from "pg-query-stream";
import type { Pool, PoolClient } from "pg";
import { QueryIterable } from "./base";

export class RowIterable<T> extends QueryIterable {
  private client: PoolClient | null = null;

  constructor(private pool: Pool) {
    super();
  }

  rows(text: string): AsyncIterable<T> {
    const self = this;
    const stream = new QueryStream(text);
    const inner = stream[Symbol.asyncIterator]();
    stream.once("end", () => self.finish());
    stream.once("error", () => self.finish());
    const ctrl = new AbortController();
    return {
      [Symbol.asyncIterator](): AsyncIterator<T> {
        return {
          next(): Promise<IteratorResult<T>> {
            if (self.client) {
              return inner.next() as Promise<IteratorResult<T>>;
            }
            return self.pool.connect().then((c) => {
              const onError = (err: Error) => ctrl.abort(err);
              self.onFinish(() => {
                c.removeListener("error", onError);
              });
              c.on("error", onError);
              self.client = c;
              c.query(stream);
              return this.next();
            });
          },
        };
      },
    };
  }

  private finish() {
    this.runCleanups();
    if (this.client) {
      this.client.release();
      this.client = null;
    }
  }
}
