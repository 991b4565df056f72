// Source: christopher-caldwell/ray-graphql-demo — src/schema/city/loader.ts (CityLoader's fetcher), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the GraphQL data loader awaits the query between `PgPool.connect()` (the pool comes from `@/db`, a tsconfig path alias) and `client.release()`, with no finally
import { DataLoader } from "@caldwell619/data-loader";
import { PgPool } from "@/db";

interface City {
  city_id: number;
  city: string;
}

export const CityLoader = new DataLoader<City, number>({
  async fetcher(ids) {
    const client = await PgPool.connect();
    const { rows } = await client.query("SELECT * FROM city WHERE city_id = ANY($1)", [ids]);
    client.release();
    return rows;
  },
  keyOfId: "city_id",
});
