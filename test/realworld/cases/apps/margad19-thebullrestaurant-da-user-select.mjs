// Source: Margad19/TheBullRestaurant — Backend/db/dauser.mjs (DaUser.select), reduced by hand, not copied
// Label: safe
// Why: a data-access class handed its pool (`poolObj`, kept on `this.pool`); the query runs in the try, the catch logs and throws a new error, the finally releases
export default class DaUser {
  constructor(poolObj) {
    this.pool = poolObj;
    this.selectStr = "SELECT * FROM public.users";
  }

  async select() {
    const client = await this.pool.connect();
    try {
      const res = await client.query(this.selectStr);
      return res.rows;
    } catch (error) {
      console.error("Database Error:", error);
      throw new Error("Database query failed");
    } finally {
      client.release();
    }
  }
}
