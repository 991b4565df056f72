// Source: YuriChlek/veles — api/module_admin/graphql/login/get_admin_user.ts (getAdminUser), reduced by hand, not copied
// Label: safe
// Why: the query and the return are in the try, the catch rethrows, the finally releases
import dbConnection from "@api/module_db/actions/create/new_connection";

const getAdminUser = async (login: string) => {
  const query = "SELECT admin_id, login, password, email FROM admin_users WHERE login = $1 LIMIT 1";
  const client = await dbConnection.connect();

  try {
    const result = await client.query(query, [login]);

    return result.rows[0];
  } catch (err) {
    console.error("Error querying the database:", err);
    throw err;
  } finally {
    client.release();
  }
};

export default getAdminUser;
