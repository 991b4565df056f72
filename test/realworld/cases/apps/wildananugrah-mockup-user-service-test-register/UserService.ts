import { PoolClient } from "pg";

export interface IUser {
  id?: string;
  username: string;
  password: string;
}

export class UserService {
  tblName: string = "tbl_mst_user";
  insertUser: string = `INSERT INTO ${this.tblName} (username, password) VALUES ($1, $2) RETURNING *`;
  client: PoolClient;
  constructor(client: PoolClient) {
    this.client = client;
  }
  async register(user: IUser): Promise<IUser | undefined> {
    try {
      const dbResult = await this.client.query(this.insertUser, [user.username, user.password]);
      return { id: dbResult.rows[0].user_id, username: dbResult.rows[0].username, password: dbResult.rows[0].password };
    } catch (error) {
      console.error(error);
      if (error instanceof Error) throw new Error(`Error in creating user: ${error.message}`);
    } finally {
      this.client.release();
    }
  }
}
