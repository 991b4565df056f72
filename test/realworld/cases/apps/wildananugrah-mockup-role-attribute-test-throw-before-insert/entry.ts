// Source: wildananugrah/mockup — user-management-db/src/test/5-set-and-get-user-attributes.test.ts at 12d6a5a (the "it should create a role attribute" test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: found by the whole-repository read: the client goes into the one-shot RoleAttributeService, whose `insert` releases it in a finally — but the test throws "RoleId is undefined" before calling it when the earlier test left no role, and that client is never released
import { Pool } from "pg";
import { RoleAttributeService } from "./RoleAttributeService";

const pool = new Pool({ host: process.env.DB_HOST, max: 10 });

describe("Set and get user attributes", () => {
  let roleId: string | undefined;
  const roleAttributeData = { roleId: "", appName: "testApp", attributeName: ["READ"] };
  it("it should create a role attribute", async () => {
    const roleAttributeService = new RoleAttributeService(await pool.connect());
    if (roleId === undefined) throw new Error("RoleId is undefined");
    roleAttributeData.roleId = roleId;
    const dbRoleAttribute = await roleAttributeService.insert(roleAttributeData);
    if (dbRoleAttribute === undefined) fail();
    expect(dbRoleAttribute.roleId).toBe(roleId);
  });
});
