// Source: rlevec/chat — be/src/services/connect/index.js at 4ba196e (connect), reduced by hand, not copied
// Label: safe
// Why: the Socket.IO connect service updates the user's status through another service, reads contacts and the user on the checked-out client, and builds the payloads inside the try; the catch rethrows a 500 through the project's error helper and the finally releases
import { db } from "../../db/index.js";
import { utils } from "../../utils/index.js";
import { services } from "../index.js";

export const connect = async ({ userId }) => {
  const client = await db.psql.pool.connect();

  try {
    await services?.user_status?.update_user_status({ userId: String(userId), type: "connect" });
    const contacts = await db.psql.queries.contact.select_contacts_by_user_id({ userId, client });
    const contactIds = contacts.map((c) =>
      String(c?.contact_id) === String(userId) ? String(c?.user_id) : String(c?.contact_id)
    );
    const user = await db.psql.queries.user.select_user_by_id({ id: userId, client });

    return {
      userConnectSocketData: {
        userIds: contactIds,
        data: { userId, online: true, message: `${user?.username} is online!` },
      },
      userAckSocketData: { userIds: [userId], data: { online: true, userId } },
    };
  } catch (err) {
    utils.throw_new_error(500, "Unknown error in connect handler");
  } finally {
    client.release();
  }
};
