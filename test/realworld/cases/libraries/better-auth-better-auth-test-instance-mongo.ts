// Source: better-auth/better-auth — packages/better-auth/src/test-utils/test-instance.ts (the mongodb test database), reduced by hand, not copied
// Label: safe
// Why: a MongoDB client's connect(), not a pg pool; it must stay silent
export async function mongoDatabase() {
  const { MongoClient } = await import("mongodb");
  const dbClient = async (connectionString: string, dbName: string) => {
    const client = new MongoClient(connectionString, { serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000 });
    await client.connect();
    const db = client.db(dbName);
    return db;
  };
  return dbClient("mongodb://127.0.0.1:27017", "better-auth");
}
