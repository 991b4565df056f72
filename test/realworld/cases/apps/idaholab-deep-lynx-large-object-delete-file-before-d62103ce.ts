// Source: idaholab/Deep-Lynx — src/services/blob_storage/pg_large_file_impl.ts at d62103ce^ (LargeObject.deleteFile, before "release client on delete largeobject"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the BEGIN / lo_unlink / COMMIT chain resolves or rejects the outer promise and never releases the client on any path: every deleted file keeps a connection checked out (the fix adds `client.release()` after COMMIT only)
import PostgresAdapter from "../../data_access_layer/mappers/db_adapters/postgres/postgres";
import Result from "../../common_classes/result";

export default class LargeObject {
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
                    .then(() => resolve(Result.Success(true)))
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
