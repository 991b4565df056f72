// Source: DongHY1/koa-pg-example — src/service/user.service.ts at 758a576 (UserService.operateUser), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Koa app's user service releases after the query with no try/finally, so a failing INSERT (a duplicate name) or SELECT leaves the client checked out
import { pool } from "./database";

interface IProps {
  name: string;
  password?: string;
}

class UserService {
  async createUser(user: IProps): Promise<string> {
    try {
      return await this.operateUser("create", user);
    } catch (error) {
      throw new Error(error.message);
    }
  }

  async findUser(name: string): Promise<string> {
    return await this.operateUser("find", { name });
  }

  private async operateUser(operation: string, props: IProps): Promise<string> {
    const client = await pool.connect();
    let statement = "";
    let values = [];
    switch (operation) {
      case "create":
        statement = "INSERT INTO users(name,password) VALUES ($1,$2) RETURNING id,name";
        values = [props.name, props.password];
        break;
      case "find":
        statement = "SELECT * FROM users WHERE name = $1";
        values = [props.name];
        break;
    }
    const res = await client.query(statement, values);
    const row = res.rows[0];
    client.release();
    return row ? row.name : "";
  }
}

export const userService = new UserService();
