// Source: Athlinked-app/Athlinked-Web — backend/clips/clips.service.js at b326d54 "fix: bugs" (createClipService, the pool-exhaustion fix), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix moved the release into the outer finally, but `client` is a const of the inner block: in the finally `if (client)` throws a ReferenceError, so no path releases (and every call rejects); 6e000f5 declares `let client = null` at the top
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

      return { success: true, clip: createdClip };
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        console.error("Error during rollback:", rollbackError);
      }
      throw error;
    }
  } catch (error) {
    console.error("Create clip service error:", error.message);
    throw error;
  } finally {
    if (client) {
      try {
        client.release();
      } catch (releaseError) {
        console.error("Error releasing database connection:", releaseError);
      }
    }
  }
}

module.exports = { createClipService };
