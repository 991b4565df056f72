// Source: idaholab/Deep-Lynx — server/src/services/blob_storage/pg_large_file_impl.ts (LargeObjectImpl.uploadPipe), reduced by hand, not copied
// Label: leak
// Why: the upload releases only after the large-object write stream finishes and COMMIT succeeds; a failed BEGIN or COMMIT rejects without releasing, and an error creating the object or in the piped upload (no 'error' listener) never reaches 'finish', so the client stays checked out in its transaction
import { Readable, Writable } from "stream";
import { LargeObjectManager } from "pg-large-object";
import PostgresAdapter from "../../data_access_layer/mappers/db_adapters/postgres/postgres";
import Result from "../../common_classes/result";

const digestStream = require("digest-stream");

export default class LargeObjectImpl {
  async uploadPipe(filepath: string, filename: string, stream: Readable | null): Promise<Result<any>> {
    let md5hash = "";
    let dataLength = 0;

    const dstream = digestStream("md5", "hex", (resultDigest: string, length: number) => {
      md5hash = resultDigest;
      dataLength = length;
    });

    return new Promise((resolve, reject) => {
      PostgresAdapter.Instance.Pool.connect()
        .then((client) => {
          const manager = new LargeObjectManager({ pg: client });

          client
            .query("BEGIN")
            .then(() => {
              manager.createAndWritableStream(16384, (err: any, oid: any, writeStream: Writable) => {
                if (err) {
                  reject(err);
                }

                writeStream.on("finish", function () {
                  client
                    .query("COMMIT")
                    .then(() => {
                      client.release();
                      resolve(Result.Success({ filename, filepath: String(oid), size: dataLength / 1000, md5hash }));
                    })
                    .catch((e) => reject(e));
                });

                stream?.pipe(dstream).pipe(writeStream);
              });
            })
            .catch((e) => reject(e));
        })
        .catch((e) => reject(e));
    });
  }
}
