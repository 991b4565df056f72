// Source: 29th-sopkathon-ddip/ddip-server — functions/api/routes/post/postPOST.js, reduced by hand, not copied
// Label: safe
// Why: the project's `db.connect(req)` hands out a pool checkout; it is taken inside the try and released in the finally (a failed checkout makes the finally's `client.release()` throw a TypeError, but then no client was taken)
const db = require("./db");
const { postSQL } = require("./sql");

module.exports = async (req, res) => {
  const { userId, title, maxCount } = req.body;
  if (!userId || !maxCount) {
    return res.status(400).send({ message: "Not enough body." });
  }
  let client;
  try {
    client = await db.connect(req);
    const post = await postSQL.addPost(client, userId, title, maxCount);
    res.status(200).send({ message: "created", post });
  } catch (error) {
    console.log(error);
    res.status(500).json({ err: error, userMessage: error.message });
  } finally {
    client.release();
  }
};
