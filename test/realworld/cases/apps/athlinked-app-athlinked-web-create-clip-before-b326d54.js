// Source: Athlinked-app/Athlinked-Web — backend/clips/clips.service.js before b326d54 "fix: bugs" (createClipService; the commit's CONNECTION_POOL_FIX_SUMMARY.md reports the pool exhausted), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: no finally: the catch awaits ROLLBACK before its release, so a failed ROLLBACK (a dropped connection, the usual reason COMMIT failed) leaves the client checked out
const clipsModel = require("./clips.model");
const pool = require("../config/db");

async function createClipService(clipData) {
  try {
    const { user_id, video_url, description } = clipData;

    if (!user_id || !video_url) {
      throw new Error("User ID and video URL are required");
    }

    const user = await clipsModel.getUserById(user_id);
    if (!user) {
      throw new Error("User not found");
    }

    const client = await pool.connect();
    try {
      await client.query("BEGIN");

      const createdClip = await clipsModel.createClip(
        { user_id, username: user.full_name || "User", video_url, description: description || null },
        client,
      );

      await client.query("COMMIT");
      client.release();

      return { success: true, clip: createdClip };
    } catch (error) {
      await client.query("ROLLBACK");
      client.release();
      throw error;
    }
  } catch (error) {
    console.error("Create clip service error:", error.message);
    throw error;
  }
}

module.exports = { createClipService };
