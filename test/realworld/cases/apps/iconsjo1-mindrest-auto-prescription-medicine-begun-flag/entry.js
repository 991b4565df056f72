// Source: iconsjo1/mindrest-auto — src/Modules/public/Prescription/Prescription_Medicine/Create/index.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the success path commits (the COMMIT's `.then` sets `begun` back to false) and releases, then `res.json` can throw into the catch, which releases again; the catch's ROLLBACK runs only `if (true === begun)`, so it never follows that release
module.exports = (route) => (app) => {
  app.post(route, async (req, res) => {
    let client = null;
    let begun = false;

    try {
      const { db } = res.locals.utils;
      const { prescription_id, medicines } = req.body;
      if (!Array.isArray(medicines) || medicines.length === 0) throw Error("No medicines.");

      client = await db.connect();
      await client.query("BEGIN").then(() => (begun = true));
      await client.query("DELETE FROM prescription_medicines WHERE prescription_id = $1", [prescription_id]);
      const inserted = await client
        .query("INSERT INTO prescription_medicines (prescription_id, medicine_id) SELECT $1, unnest($2::int[]) RETURNING *", [
          prescription_id,
          medicines,
        ])
        .then(({ rows }) => rows);
      await client.query("COMMIT").then(() => (begun = false));
      client.release();

      res.json({ success: true, data: inserted });
    } catch ({ message }) {
      let msg = message;
      if (null != client) {
        if (true === begun) {
          try {
            await client.query("ROLLBACK");
          } catch ({ message: rollbackMessage }) {
            msg = rollbackMessage;
          }
        }
        client.release();
      }
      res.json({ success: false, message: msg });
    }
  });
};
