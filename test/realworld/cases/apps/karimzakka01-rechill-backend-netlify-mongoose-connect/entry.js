// Source: KarimZakka01/ReChill-Backend — netlify/functions/login/login.js (handler), reduced by hand, not copied
// Label: safe
// Why: `db` is the project's module whose connect() opens mongoose's shared connection; it returns no pg client and there is nothing to release
const db = require("./connection");
const { User } = require("./models");

exports.handler = async function (event) {
  try {
    const { email, password } = JSON.parse(event.body);
    await db.connect();
    const user = await User.findOne({ email, password });
    if (!user) {
      return { statusCode: 401, body: "Wrong email or password!" };
    }
    return { statusCode: 200, body: JSON.stringify({ message: "User logged in" }) };
  } catch (error) {
    console.error(error);
    return { statusCode: 500, body: "Server error!" };
  }
};
