// Source: n8n-io/n8n — packages/nodes-base/nodes/Postgres/PostgresTrigger.node.ts (trigger, at d289282), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the direct connection is never given back with `done()`: closeFunction UNLISTENs and ends `db.$pool`, which a direct connection is not part of, and a rejected LISTEN leaves the trigger with the connection open
import pgPromise from "pg-promise";

type TriggerContext = {
  emit(data: unknown[]): void;
  getNodeParameter(name: string): string;
};

export async function trigger(this: TriggerContext, config: Record<string, unknown>) {
  const pgp = pgPromise();
  const db = pgp(config);
  const channelName = this.getNodeParameter("channelName");
  const onNotification = async (data: { payload?: string }) => {
    this.emit([data]);
  };

  const connection = await db.connect({ direct: true });
  connection.client.on("notification", onNotification);
  await connection.none(`LISTEN ${channelName}`);

  const closeFunction = async () => {
    connection.client.removeListener("notification", onNotification);
    await connection.none(`UNLISTEN ${channelName}`);
    await db.$pool.end();
  };
  return { closeFunction };
}
