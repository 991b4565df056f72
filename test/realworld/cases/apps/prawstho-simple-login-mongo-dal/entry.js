// Source: prawstho/simple-login — services/m.auth.dal.js (getLogins), reduced by hand, not copied
// Label: safe
// Why: `dal` is the MongoClient exported (as `pool`) by ./m.db; the sibling p.auth.dal.js uses the same name for the pg pool
const dal = require("./m.db");

async function getLogins() {
  try {
    await dal.connect();
    const cursor = dal.db("Auth").collection("logins").find();
    return await cursor.toArray();
  } catch (error) {
    console.log(error);
  }
}

module.exports = { getLogins };
