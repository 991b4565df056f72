// Source: Cybertron-Avneesh/SWE-backend — functionalities/user/createUser.js with utils/db.js (Client), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the lookup's .catch only logs, leaving `data` undefined; `data.rows` then throws before either branch's release
const { pool } = require("../../utils/config.js");

async function Client() {
  try {
    client = await pool.connect();
    return client;
  } catch (err) {
    return null;
  }
}

exports.createUser = async function (req, res) {
  const { user_id, name, admin_level } = req.body;
  if (!user_id || !name || admin_level == undefined) {
    res.status(400).send({ msg: "userID, name and admin level are mandatory" });
    return;
  }

  const client = await Client();
  let data;
  await client
    .query("SELECT * FROM ldap WHERE user_id = $1", [user_id])
    .then((response) => {
      data = response;
    })
    .catch((err) => console.log(`${err}`));

  if (data.rows.length == 1) {
    await client
      .query("INSERT INTO user_table VALUES ($1, $2, $3, 1)", [user_id, name, admin_level])
      .then(() => res.status(200).send({ msg: "created" }))
      .catch((err) => res.status(400).send({ msg: `${err}` }));
    await client.release();
    return { msg: "User created" };
  } else {
    await client.release();
    res.status(400).json({ msg: "User ldap not found" });
    return { msg: "User ldap not found" };
  }
};
