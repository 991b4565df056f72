// Source: n8n-io/n8n — packages/nodes-base/nodes/Postgres/PostgresTrigger.node.ts (trigger, at 029da9a), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: pg-promise's `db.connect({ direct: true })` connection is kept only by the notification handler: the trigger's closeFunction is empty, so deactivating the workflow never calls `done()` (later versions keep it and release it on close)
import pgPromise from "pg-promise";

type TriggerContext = {
  emit(data: unknown[]): void;
  getNodeParameter(name: string): string;
};

export async function trigger(this: TriggerContext, config: Record<string, unknown>) {
  const pgp = pgPromise();
  const db = pgp(config);
  const channelName = this.getNodeParameter("channelName");
  db.connect({ direct: true })
    .then(async (connection) => {
      connection.client.on("notification", async (data) => {
        this.emit([data]);
      });
      return connection.none(`LISTEN ${channelName}`);
    })
    .catch(function (error) {
      console.error("Error:", error);
    });

  const closeFunction = async () => {};
  return { closeFunction };
}
