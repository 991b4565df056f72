// Source: iconsjo1/mindrest-auto — src/Modules/public/Document/Home/Create/index.js at 2327456 (POST document upload, "fix: post document transaction"), reduced by hand, not copied
// Label: safe
// Why: the client is now the handler's own `let client = null` and the finally releases it whenever a checkout happened; the savepoint rollback in the finally is in its own try/catch (it even throws a ReferenceError since the fix removed `SAVEPOINT`, which that catch logs), so the release is always reached
module.exports = (route) => (app) => {
  app.post(route, async (req, res) => {
    let client = null;
    let begun = false;
    try {
      const {
        locals: {
          utils: { db, isString, isPositiveInteger },
          store,
        },
      } = res;
      const { file, body: { document_category_id, document_filename: name } } = req;

      if (!isPositiveInteger(document_category_id)) throw Error("category_id must be a positive integer.");
      if (null == file) throw Error("File was not uploaded.");
      if (!isString(name)) throw Error("File name is not a string.");

      client = await db.connect();

      await client
        .query('SELECT is_resizable FROM public."Document_Categories" WHERE id=$1', [document_category_id])
        .then(({ rows }) => {
          if (0 === rows.length) throw Error("Unknown document category.");
          return rows[0];
        });

      await client.query("BEGIN").then(() => (begun = true));

      const { rows } = await client.query(
        'INSERT INTO public."Documents"(document_filename, document_category_id) VALUES($1, $2) RETURNING *',
        [name, document_category_id],
      );
      await store.put(rows[0].id, file.buffer);

      await client.query("COMMIT;").then(() => (begun = false));

      res.json({ success: true, msg: "File was uploaded successfully.", data: rows });
    } catch ({ message }) {
      res.json({ success: false, message });
    } finally {
      if (null != client) {
        if (true === begun) {
          try {
            await client.query("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
          } catch ({ message }) {
            console.error(message);
          }
        }
        client.release();
      }
    }
  });
};
