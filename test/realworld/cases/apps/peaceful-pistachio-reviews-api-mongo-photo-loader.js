// Source: Peaceful-Pistachio/Reviews-API — dataLoader/addPhoto.js (resetPhotoFieldReviews), reduced by hand, not copied
// Label: safe
// Why: MongoDB's `MongoClient.connect(url, (err, client) => …)`, not a pg checkout; the callback's client has no release to miss
const MongoClient = require("mongodb").MongoClient;
const url = "mongodb://localhost:27017";

const resetPhotoField = (callback) => {
  MongoClient.connect(url, function (err, client) {
    if (err) callback(err);
    const db = client.db("reviews");
    db.collection("reviews")
      .updateMany({}, { $set: { photos: [] } })
      .then((data) => callback(data));
  });
};

module.exports = { resetPhotoField };
