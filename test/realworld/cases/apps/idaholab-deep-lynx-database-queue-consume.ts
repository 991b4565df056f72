// Source: idaholab/Deep-Lynx — server/src/services/queue/database_queue_impl.ts (DatabaseQueue.Consume), reduced by hand, not copied
// Label: leak
// Why: the streaming consumer releases only in the QueryStream's 'end' listener (then polls again); a failing query makes the stream emit 'error' and never 'end', and there is no 'error' listener, so the client stays checked out and the loop stops
import { Transform, Writable } from "stream";
import { Pool } from "pg";

const QueryStream = require("pg-query-stream");

export default class DatabaseQueue {
  private pool!: Pool;

  Consume(queueName: string, destination: Writable): void {
    void this.pool.connect((err, client, done) => {
      const query = new QueryStream("SELECT * FROM queue WHERE queue_name = $1 AND processed_at IS NULL ORDER BY created_at ASC", [queueName]);
      const stream = client.query(query);

      stream.on("data", (data: any) => {
        this.pool.query({ text: "DELETE FROM queue WHERE id = $1", values: [data.id] }).catch((e) => {
          console.error(`unable to mark queue item as done ${e}`);
        });
      });

      stream.on("end", () => {
        done();
        setTimeout(() => {
          this.Consume(queueName, destination);
        }, 200);
      });

      const transform = new Transform({
        transform(data: any, en, cb) {
          this.push(data.data);
          cb();
        },
        objectMode: true,
      });

      stream.pipe(transform).pipe(destination, { end: false });
    });
  }
}
