// Source: Joanne-000/FindHome — backend/controllers/favouriteController.js at 9342da57^ (createFavourite, before "feat: add data validation for sign up, sign in and update profile" replaced the checkouts with pool.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the handler checks a client out and no path gives it back — no release after the INSERT, none in the catch — so every request keeps one (9342da57 drops the checkout for `pool.query`)
const { loadUser } = require("../middleware/utils");

require("dotenv").config();
const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.PGCONNECT });

const createFavourite = async (req, res) => {
  const client = await pool.connect();

  try {
    const currentUser = loadUser(req);
    const userId = Number(req.params.userId);
    const listingId = Number(req.params.listingId);

    if (currentUser.id !== userId || currentUser.userrole !== "buyer") {
      res.status(403).send("Unauthorized User");
    }

    const text = "insert into favourites (buyer_id, listing_id) values ($1,$2) returning *";
    const favResult = await client.query(text, [userId, listingId]);
    res.status(200).json(favResult.rows[0]);
  } catch (err) {
    res.status(500).json({ err: err.message });
  }
};

module.exports = { createFavourite };
