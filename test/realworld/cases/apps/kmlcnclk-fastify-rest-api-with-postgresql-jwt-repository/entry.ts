// Source: kmlcnclk/fastify-rest-api-with-postgresql — src/repositories/jwt.repository.ts (JwtRepository.createJwt), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `this.postgresDB.connect()` is PostgresDB's `return this.pool.connect()` (./postgres.db.ts, the field annotated `PostgresDB`); the awaited DAO insert rejecting skips `pool.release()`
import PostgresDB from "./postgres.db";
import { PostgreSQLDao } from "./postgres.dao";

interface IJwt {
  token: string;
}

class JwtRepository {
  jwtDao: PostgreSQLDao<IJwt>;
  postgresDB: PostgresDB;

  constructor() {
    this.postgresDB = new PostgresDB();
    this.jwtDao = new PostgreSQLDao<IJwt>(this.postgresDB.pool, "jwts");
  }

  public createJwt = async ({ token }: IJwt): Promise<IJwt> => {
    const pool = await this.postgresDB.connect();
    const jwt = await this.jwtDao.create({ token });
    await pool.release();
    return jwt;
  };
}

export default JwtRepository;
