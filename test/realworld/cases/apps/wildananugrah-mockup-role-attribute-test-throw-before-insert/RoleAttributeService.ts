import { PoolClient } from "pg";

export interface IRoleAttribute {
  id?: string;
  roleId: string;
  appName: string;
  attributeName: string[];
}

export class RoleAttributeService {
  tblName: string = "tbl_mst_role_attribute";
  insertRoleQuery: string = `INSERT INTO ${this.tblName}(role_id, app_name, attribute_name) VALUES($1, $2, $3) RETURNING *`;
  client: PoolClient;
  constructor(client: PoolClient) {
    this.client = client;
  }
  async insert(roleAttribute: IRoleAttribute): Promise<IRoleAttribute | undefined> {
    try {
      const dbResult = await this.client.query(this.insertRoleQuery, [roleAttribute.roleId, roleAttribute.appName, roleAttribute.attributeName]);
      return { id: dbResult.rows[0].role_attribute_id, roleId: dbResult.rows[0].role_id, appName: dbResult.rows[0].app_name, attributeName: dbResult.rows[0].attribute_name };
    } catch (error) {
      console.error(error);
      if (error instanceof Error) throw new Error(`Error in inserting role attribute: ${error.message}`);
    } finally {
      this.client.release();
    }
  }
}
