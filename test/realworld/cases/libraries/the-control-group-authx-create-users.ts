// Source: the-control-group/authx — packages/authx/src/graphql/mutation/createUsers.ts (resolve), reduced by hand, not copied
// Label: safe
// Why: one checkout per input inside `map(async …)`; the authorization check and the BEGIN…COMMIT block (ROLLBACK and rethrow on error) are all in a try whose finally releases
import { Pool, PoolClient } from "pg";
import { v4 } from "uuid";

import { DataLoaderExecutor, ForbiddenError, User, ValidationError } from "../../model";

export const createUsers = {
  async resolve(_source: unknown, args: { users: { id?: string; name: string }[] }, context: any) {
    const { pool, authorization: a, strategies, realm } = context;

    const results = args.users.map(async (input) => {
      if (typeof input.id === "string" && !/^[0-9a-f-]{36}$/.test(input.id)) {
        throw new ValidationError("The provided `id` is an invalid ID.");
      }

      const tx = await pool.connect();
      try {
        const executor = new DataLoaderExecutor<Pool | PoolClient>(tx, strategies);
        if (!(await a.can(executor, realm, "user:*"))) {
          throw new ForbiddenError("You lack sufficient authorization to create a user.");
        }
        try {
          await tx.query("BEGIN DEFERRABLE");
          const user = await User.write(tx, { id: input.id || v4(), name: input.name }, { recordId: v4() });
          await tx.query("COMMIT");
          User.prime(executor, user.id, user);
          return user;
        } catch (error) {
          await tx.query("ROLLBACK");
          throw error;
        }
      } finally {
        tx.release();
      }
    });

    await Promise.allSettled(results);
    context.executor = new DataLoaderExecutor<Pool>(pool, strategies);
    return results;
  },
};
