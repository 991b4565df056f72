// Source: rlevec/chat — be/src/controllers/upload_profile_picture/post/index.js at 4ba196e (post), reduced by hand, not copied
// Label: safe
// Why: the controller opens its transaction before awaiting multer's upload (a promise around the middleware's callback); a missing file rolls back and returns inside the try, errors roll back in the catch, and the finally releases on every path
import { db } from "../../../db/index.js";
import { services } from "../../../services/index.js";
import multer from "multer";

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 10 * 1024 * 1024 } });

const uploadMiddleware = (req, res) =>
  new Promise((resolve, reject) => {
    upload.single("profile_picture")(req, res, (err) => (err ? reject(err) : resolve()));
  });

export const post = async (req, res, next, io) => {
  const client = await db.psql.pool.connect();

  try {
    await client.query("BEGIN");
    await uploadMiddleware(req, res);

    if (!req.file) {
      await client.query("ROLLBACK");
      return res.status(400).json({ success: false, message: "No file uploaded or invalid file type" });
    }

    const response = await services.upload_profile_picture({ req, client, fileBuffer: req.file.buffer, io });
    await client.query("COMMIT");
    res.status(200).json(response);
  } catch (error) {
    console.error("Error handling profile picture POST request:", error);
    await client.query("ROLLBACK");
    if (!res.headersSent) {
      res.status(500).json({ success: false, message: "Upload failed", error: error.message });
    }
  } finally {
    client.release();
  }
};
