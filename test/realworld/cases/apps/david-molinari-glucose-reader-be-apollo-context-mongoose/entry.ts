// Source: David-Molinari/glucose-reader-be — context.ts (Apollo Server's context), reduced by hand, not copied
// Label: safe
// Why: `getConnection()` of ./Provider returns the module's one cached mongoose connection, made on first use; it is no pool checkout, and every request's context shares it
import { getConnection } from "./Provider";

export const context = async () => {
  const dbConn = await getConnection();
  return { dbConn };
};
