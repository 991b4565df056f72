// Source: le0l1/cloud-gql — src/graphql/user/user.js at ca30d6b (excuteQuery and deleteUserByID, "feat: user delete"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the helper returns `cb(client)` from a try without awaiting it, so the finally releases the client as soon as the callback starts; deleteUserByID passes an async callback whose DELETE is still running on a client the pool may already have handed to another request
import { decodeID } from "../../helper/id";

const excuteQuery = (db) => async (cb) => {
  const client = await db.connect();
  try {
    return cb(client);
  } finally {
    client.release();
  }
};

export const createUserModel = (db) => ({
  deleteUserByID({ id }) {
    const deleteUser = async (client) => {
      await client.query("DELETE FROM cloud_user WHERE id=$1;", [decodeID(id)]);
      return { id: id, status: true };
    };
    return excuteQuery(db)(deleteUser);
  },
});
