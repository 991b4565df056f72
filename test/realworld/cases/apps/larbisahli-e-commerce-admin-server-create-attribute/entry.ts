// Source: larbisahli/e-commerce-admin-server — src/graphql/mutations.ts (CreateAttribute.resolve) with src/database/index.ts (getClient), reduced by hand, not copied
// Label: safe
// Why: getClient picks one of four pools, one per database role (read, create, update, delete), by the first action asked; the resolver's transaction releases the client in finally (the catch rolls back and swallows)
import { getClient } from "./database";

export const CreateAttribute = {
  async resolve(parent: unknown, { product_uid, attribute_name, options }: any, { privileges }: any) {
    const client = await getClient({ privileges, actions: ["create"] });
    try {
      await client.query("BEGIN");
      const { rows } = await client.query("INSERT INTO attributes (product_uid, attribute_name) VALUES ($1, $2) RETURNING attribute_uid", [product_uid, attribute_name]);
      const { attribute_uid } = rows[0];
      if (!attribute_uid) {
        await client.query("ROLLBACK");
        throw new Error("Couldn't insert attribute");
      }
      for await (const option of options) {
        await client.query("INSERT INTO options (attribute_uid, option_name) VALUES ($1, $2)", [attribute_uid, option.option_name]);
      }
      await client.query("COMMIT");
      return rows[0];
    } catch (err: any) {
      await client.query("ROLLBACK");
      console.log("CreateAttribute :>", { err, message: err.message });
    } finally {
      client.release();
    }
  },
};
