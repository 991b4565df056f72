// Source: kmlcnclk/fastify-rest-api-with-postgresql — src/repositories/user.repository.ts (getUsers), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout (named `pool`) is released only after the awaited DAO call; when findAll() rejects, `pool.release()` is skipped
import PostgresDB from "./postgres-db";
import { PostgreSQLDao } from "./dao";

interface IUser {
  id: string;
  name: string;
}

class UserRepository {
  userDao: PostgreSQLDao<IUser>;
  postgresDB: PostgresDB;

  constructor() {
    this.postgresDB = new PostgresDB();
    this.userDao = new PostgreSQLDao<IUser>(this.postgresDB.pool, "users");
  }

  public getUsers = async (): Promise<IUser[]> => {
    const pool = await this.postgresDB.connect();
    const users = await this.userDao.findAll();

    await pool.release();

    return users;
  };
}

export default UserRepository;
