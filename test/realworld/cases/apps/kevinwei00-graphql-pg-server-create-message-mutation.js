// Source: kevinwei00/graphql-pg-server — src/graphql/resolvers/message.js at 3a321b4 (Mutation.createMessage; deleteMessage has the same shape), reduced by hand, not copied
// Label: safe
// Why: an Apollo resolver takes a client from the context's `db.pool` for its two INSERTs; BEGIN to COMMIT sit in the try, the catch rolls back and returns the error, the finally releases
module.exports = {
  Mutation: {
    createMessage: async (_, { input }, { db }) => {
      const { text, user_id } = input;
      const client = await db.pool.connect();
      try {
        await client.query("BEGIN");
        const result = await client.query({ text: `INSERT INTO messages(text) VALUES($1) RETURNING *`, values: [text] });
        const id = result.rows[0].id;
        await client.query({ text: `INSERT INTO users_messages(user_id, message_id) VALUES($1, $2)`, values: [user_id, id] });
        await client.query("COMMIT");
        return { id, text };
      } catch (err) {
        await client.query("ROLLBACK");
        return err;
      } finally {
        client.release();
      }
    },
  },
};
