// Source: YuriChlek/veles — api/module_admin/actions/verify/admin_user_is_created.ts (verifyAdminUserIsCreated), reduced by hand, not copied
// Label: safe
// Why: each branch of the try releases with `await client.release()` right before its return, and the catch releases when a call before those releases threw; nothing that can throw follows a release
import dbConnection from "@api/module_db/actions/create/new_connection";
import verifyHasTable from "@api/module_db/actions/check/has_table";
import createAdminUserTable from "@api/module_admin/actions/create/admin_user_table.ts";

const verifyAdminUserIsCreated = async (login: string): Promise<boolean> => {
  const query = "SELECT EXISTS (SELECT 1 FROM admin_users WHERE login = $1)";
  const client = await dbConnection.connect();

  try {
    const hasTable = await verifyHasTable("admin_users");

    if (!hasTable) {
      await createAdminUserTable();
      await client.release();

      return false;
    }

    if (hasTable) {
      const res = await client.query(query, [login]);
      const [{ exists }] = res.rows;
      await client.release();

      return exists;
    }
    await client.release();

    return false;
  } catch (error) {
    await client.release();
    console.error(error);

    return false;
  }
};

export default verifyAdminUserIsCreated;
