// Source: thebladehit/jungleBlog — backend/contentGenerator.js at 88b77c3 (generateStory, the hourly AI story job), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is checked out before three awaited file writes and the INSERT, and released only after them with no finally; a full disk or a failing INSERT reaches the catch, which only logs, so each failed run keeps one client
"use strict";

const fs = require("node:fs/promises");
const path = require("node:path");
const { pool } = require("./pool.js");

const generateStory = async (logger, theme, themeIndex, text, imageBuffer) => {
  try {
    const imageUrl = `res/themeImg/${themeIndex + 1}.jpg`;
    const client = await pool.connect();
    const query = "INSERT INTO stories(title, content, image_url) VALUES ($1, $2, $3)";
    await fs.mkdir(path.join(__dirname, "static", "res", "themeImg"), { recursive: true });
    await fs.writeFile(`./static/res/themeImg/${themeIndex + 1}.jpg`, imageBuffer);
    await fs.writeFile("./data/nextThemeIndex.json", JSON.stringify({ themeIndex: themeIndex + 1 }));
    await client.query(query, [theme.title, text, imageUrl]);
    client.release();
  } catch (err) {
    await logger.error(err);
  }
};

module.exports = { generateStory };
