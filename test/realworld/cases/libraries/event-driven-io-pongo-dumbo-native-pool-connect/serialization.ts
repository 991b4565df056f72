// Second module of the case: the type-parser helper, reduced from src/packages/dumbo/src/storage/postgresql/pg/serialization/index.ts
import type pg from "pg";

type Serializer = { deserialize(text: string): unknown };

export const setTypeParsers = (client: pg.PoolClient, options: { serializer: Serializer }) => {
  client.setTypeParser(20, (val) => BigInt(val));
  client.setTypeParser(3802, (val) => options.serializer.deserialize(val));
};
