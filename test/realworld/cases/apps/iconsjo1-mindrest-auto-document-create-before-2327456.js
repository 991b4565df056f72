// Source: iconsjo1/mindrest-auto — src/Modules/public/Document/Home/Create/index.js at 2327456^ (POST document upload, before "fix: post document transaction"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: `client` lives at module scope, shared by every request, and is never set back to null: after one upload succeeds and releases, a later request that fails its validation before `db.connect()` reaches the catch with the old client still in `client` and releases it a second time (also when `res.json` throws after the release); two concurrent uploads overwrite each other's client (2327456 declares it in the handler and releases in a finally)
let client = null;

const SAVEPOINT = "FRESH";

module.exports = (route) => (app) => {
  app.post(route, async (req, res) => {
    let transactionStarted = false;
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

      const category = await client
        .query('SELECT is_resizable FROM public."Document_Categories" WHERE id=$1', [document_category_id])
        .then(({ rows }) => (0 < rows.length ? rows[0] : null));
      if (null == category) throw Error("Unknown document category.");

      await client.query("BEGIN;SAVEPOINT " + SAVEPOINT).then(() => (transactionStarted = true));

      const { rows } = await client.query(
        'INSERT INTO public."Documents"(document_filename, document_category_id) VALUES($1, $2) RETURNING *',
        [name, document_category_id],
      );
      await store.put(rows[0].id, file.buffer);

      await client.query("COMMIT;").then(() => (transactionStarted = false));

      client.release();

      res.json({ success: true, msg: "File was uploaded successfully.", data: rows });
    } catch ({ message }) {
      let msg = message;
      if (null != client) {
        if (true === transactionStarted) {
          try {
            await client.query("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
          } catch ({ message: rmessage }) {
            msg = rmessage;
          }
        }
        client.release();
      }
      res.json({ success: false, message: msg });
    }
  });
};
