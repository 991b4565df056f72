// Source: idaholab/Deep-Lynx — src/services/blob_storage/pg_large_file_impl.ts at 598b768e (LargeObject.downloadStream, "Close postgres connections after commit"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix releases when the stream ends (right after an un-awaited COMMIT), but a failed BEGIN rejects through the `.catch` and a failed open rejects (then calls `stream.on` of an undefined stream) without releasing: those downloads keep their connection checked out
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
                  void client.release();
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
