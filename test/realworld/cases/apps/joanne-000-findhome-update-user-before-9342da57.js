// Source: Joanne-000/FindHome — backend/controllers/userController.js at 9342da57^ (updateUser, before the checkouts were replaced with pool.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is lent to the `editUser` helper, which only runs its UPDATE on it; the handler never releases it, on success or in the catch
const { loadUser } = require("../middleware/utils");
const { editUser } = require("./editUser");

require("dotenv").config();
const { Pool } = require("pg");
const pool = new Pool({ connectionString: process.env.PGCONNECT });

const updateUser = async (req, res) => {
  const client = await pool.connect();
  try {
    const currentUser = loadUser(req);
    const userId = Number(req.params.userId);
    if (currentUser.id !== userId) {
      res.status(403).send("Unauthorized User");
    }

    const user = await editUser(client, req, res);
    res.status(200).json(user);
  } catch (err) {
    res.status(500).json({ err: err.message });
  }
};

module.exports = { updateUser };
