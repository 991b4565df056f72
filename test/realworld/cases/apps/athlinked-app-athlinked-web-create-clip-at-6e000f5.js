// Source: Athlinked-app/Athlinked-Web — backend/clips/clips.service.js at 6e000f5 (createClipService, `let client = null` hoisted), reduced by hand, not copied
// Label: safe
// Why: `client` is declared before the outer try and assigned by the checkout, so the outer finally sees it and releases on every path, the failed ROLLBACK included
const clipsModel = require("./clips.model");
const pool = require("../config/db");

async function createClipService(clipData) {
  let client = null;
  try {
    const { user_id, video_url, description } = clipData;

    if (!user_id || !video_url) {
      throw new Error("User ID and video URL are required");
    }

    const user = await clipsModel.getUserById(user_id);
    if (!user) {
      throw new Error("User not found");
    }

    client = await pool.connect();
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
