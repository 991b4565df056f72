// Source: erickythierry/baileys-com-DB — usePostgresAuthStore.js at b0639153 (getAuthKey), reduced by hand, not copied
// Label: safe
// Why: the Baileys auth store's reads and writes borrow the one client `getDbConnection()` keeps in its module variable and returns to every caller; releasing it here would hand the shared client back while the next key read still uses it
import { initAuthCreds, BufferJSON } from "@whiskeysockets/baileys";
import getDbConnection from "./db.js";

async function getAuthKey(botId, keyId) {
  const db = await getDbConnection();

  const query = `SELECT key_json FROM auth_keys WHERE bot_id = $1 AND key_id = $2`;
  const { rows } = await db.query(query, [botId, keyId]);

  return rows.length > 0 ? rows[0].key_json : null;
}

export default async function usePostgresAuthState(sessionID) {
  async function readData(key) {
    try {
      const rawData = await getAuthKey(sessionID, key);
      return JSON.parse(rawData, BufferJSON.reviver);
    } catch (error) {
      console.log(error.message);
      return null;
    }
  }

  const creds = (await readData("creds")) || initAuthCreds();
  return { state: { creds } };
}
