// Source: gusfel/QandA — controller/controller.js (getAnswers), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the first query callback's error branch calls back without done(); only the nested photo query releases
const db = require("./db.js");

module.exports = {
  getAnswers: (questionId, count, callback) => {
    const answersSql = `SELECT json_build_object('answers', json_agg(a)) AS doc FROM answers a WHERE q_id = ${questionId} LIMIT ${count}`;
    db.connect((err, client, done) => {
      if (err) {
        callback(err);
      } else {
        client.query(answersSql, (answersError, answersData) => {
          const doc = answersData.rows[0].doc;
          if (answersError || doc === null) {
            callback("aErr");
          } else {
            const photosSql = `SELECT answer_id, photo_url FROM photos WHERE answer_id = ANY(Array[${doc.answer_ids}])`;
            client.query(photosSql, (photosError, photosData) => {
              done();
              if (photosError) {
                callback(photosError);
              } else {
                callback(null, { answers: doc.answers, photos: photosData.rows });
              }
            });
          }
        });
      }
    });
  },
};
