// Source: idaholab/Deep-Lynx — server/src/services/blob_storage/pg_large_file_impl.ts (LargeObjectImpl.deleteFile), reduced by hand, not copied
// Label: leak
// Why: the large-object delete releases only after COMMIT succeeds; a failed BEGIN, `lo_unlink` or COMMIT rejects the promise from its `.catch` without releasing, leaving the client checked out (inside an open transaction)
import PostgresAdapter from "../../data_access_layer/mappers/db_adapters/postgres/postgres";
import Result from "../../common_classes/result";

export default class LargeObjectImpl {
  async deleteFile(f: { adapter_file_path?: string }): Promise<Result<boolean>> {
    return new Promise((resolve, reject) => {
      PostgresAdapter.Instance.Pool.connect()
        .then((client) => {
          client
            .query("BEGIN")
            .then(() => {
              client
                .query({ text: "SELECT lo_unlink($1);", values: [parseInt(f.adapter_file_path!, 10)] })
                .then(() => {
                  client
                    .query("COMMIT")
                    .then(() => {
                      client.release();
                      resolve(Result.Success(true));
                    })
                    .catch((e) => reject(e));
                })
                .catch((e) => reject(e));
            })
            .catch((e) => reject(e));
        })
        .catch((e) => reject(e));
    });
  }
}
