// Source: evo0705/JetSpreeNodeJS — src/routes/private/requests.js (POST /requests, updateImagePath), reduced by hand, not copied
// Label: safe
// Why: the fulfilled handler releases and then calls the executor's `resolve`, which cannot throw, so the `.catch` below never runs after that release: one release on each path
const express = require("express");

const router = express.Router();

router.post("/", (req, res) => {
  const saveRequest = (entry) =>
    new Promise((resolve, reject) => {
      req.pool.query("INSERT INTO requests (name, user_id) VALUES ($1, $2) RETURNING id", [entry.name, req.decoded.id])
        .then((result) => resolve({ id: result.rows[0].id, imagePath: entry.imagePath }))
        .catch(reject);
    });

  const storeImagePath = (saved) =>
    new Promise((resolve, reject) => {
      req.pool.connect()
        .then((client) => {
          client.query("UPDATE requests SET image_path = $1 WHERE id = $2 AND user_id = $3", [saved.imagePath, saved.id, req.decoded.id])
            .then(() => {
              client.release();
              resolve(saved);
            })
            .catch((error) => {
              client.release();
              reject(error);
            });
        })
        .catch((error) => {
          reject(error);
        });
    });

  saveRequest(req.body)
    .then(storeImagePath)
    .then((saved) => res.json({ success: true, result: saved }))
    .catch((error) => res.json({ success: false, message: error.message }));
});

module.exports = router;
