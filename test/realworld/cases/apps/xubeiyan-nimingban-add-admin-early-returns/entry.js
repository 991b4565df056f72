// Source: xubeiyan/nimingban — src/routes/install/manageAdmin/addUser/+server.js (POST, at 370fb53), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the endpoint checks a client out through `$lib/db` before reading the body; the missing-field and duplicate-username answers return early and the insert path returns too, none of them releasing it
import { json } from "@sveltejs/kit";
import { PGHOST, PGUSER, PGDATABASE, PGPASSWORD, PGPORT } from "$env/static/private";
import { connectToDB } from "$lib/db";
import { generateRandomSaltString, hashStringWithSalt } from "$lib/utils.js";

export const POST = async ({ request }) => {
  const dbconn = await connectToDB({ host: PGHOST, user: PGUSER, pass: PGPASSWORD, port: PGPORT, database: PGDATABASE });

  let { username, password } = await request.json();
  username ??= "";
  password ??= "";

  if (username == "" || password == "") {
    return json({ type: "error", errorCode: "MISS_USERNAME_OR_PASSWORD" });
  }

  const duplicateResult = await dbconn.query({ text: `SELECT 1 FROM "user" WHERE username = $1 LIMIT 1`, values: [username] });
  if (duplicateResult.rowCount > 0) {
    return json({ type: "error", errorCode: "USERNAME_DUPLICATE" });
  }

  const salt = generateRandomSaltString();
  const hashWithSalt = hashStringWithSalt(salt, password);

  await dbconn.query({
    text: `INSERT INTO "user" (id, status, username, password_hash, password_salt, type, create_timestamp)
           VALUES (gen_random_uuid(), 'enable', $1, $2, $3, 'admin', now())`,
    values: [username, hashWithSalt, salt],
  });

  return json({ type: "ok" });
};
