// Source: chok-di/found-next-amplify — amplify/backend/function/foundBookTrip/src/index.js (handler), reduced by hand, not copied
// Label: safe
// Why: the Lambda takes a fresh `pg.Client` from the layer's connectToDatabase(), connects it before the try and ends it in the finally; a standalone Client, no pool checkout
const { connectToDatabase } = require("./common");

exports.handler = async (params) => {
  const client = await connectToDatabase();
  await client.connect();
  try {
    const email = params.email;
    const tripId = params.tripId;
    await client.query("INSERT INTO bookings (email, trip_id) VALUES ($1, $2) RETURNING *", [email, tripId]);
    await client.query("UPDATE trips SET available_spots = available_spots - 1 WHERE id = $1 RETURNING *", [tripId]);
    return { statusCode: 200, body: "booking completed!" };
  } catch (err) {
    console.log(err);
  } finally {
    await client.end();
  }
};
