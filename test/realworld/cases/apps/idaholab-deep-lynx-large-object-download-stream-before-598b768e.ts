// Source: idaholab/Deep-Lynx — src/services/blob_storage/pg_large_file_impl.ts at 598b768e^ (LargeObject.downloadStream, before "Close postgres connections after commit"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client opens a transaction for the large-object stream and, when the stream ends, only sends COMMIT; no path ever releases it, so every download keeps a connection checked out
import { Readable } from "stream";
import PostgresAdapter from "../../data_access_layer/mappers/db_adapters/postgres/postgres";
const LargeObjectManager = require("pg-large-object").LargeObjectManager;

export default class LargeObject {
  downloadStream(f: { adapter_file_path?: string }): Promise<Readable | undefined> {
    return new Promise((resolve, reject) => {
      PostgresAdapter.Instance.Pool.connect()
        .then((client) => {
          const manager = new LargeObjectManager({ pg: client });

          client
            .query("BEGIN")
            .then(() => {
              manager.openAndReadableStream(parseInt(f.adapter_file_path!, 10), 16384, (err: any, size: any, stream: Readable) => {
                if (err) reject(err);

                stream.on("end", () => {
                  void client.query("COMMIT");
                });

                resolve(stream);
              });
            })
            .catch((e) => reject(e));
        })
        .catch((e) => reject(e));
    });
  }
}
