// Source: quizfreely/quizfreely — api/index.js at 9e6ff47f (the GraphQL resolver Query.dbConnectionStatus), reduced by hand, not copied
// Label: safe
// Why: the health resolver releases the client on the line after the checkout, with nothing between that could throw; the pool counters are read after it is back, and the finally only builds the answer
import pg from "pg";

const { Pool } = pg;
const pool = new Pool({ connectionString: process.env.POSTGRES_URI });

export const resolvers = {
  Query: {
    dbConnectionStatus: async function (_, _args, context) {
      let connectionUp = false;
      let poolTotalCount = null;
      let poolIdleCount = null;
      let poolWaitingCount = null;
      try {
        const client = await pool.connect();
        client.release();
        connectionUp = true;
        poolTotalCount = pool.totalCount;
        poolIdleCount = pool.idleCount;
        poolWaitingCount = pool.waitingCount;
      } catch (error) {
        context.reply.request.log.error(error);
        connectionUp = false;
      } finally {
        return { connectionUp, poolTotalCount, poolIdleCount, poolWaitingCount };
      }
    },
  },
};
