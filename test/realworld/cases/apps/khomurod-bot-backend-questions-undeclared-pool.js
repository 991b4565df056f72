// Source: Khomurod/bot-backend — database/questions.js at 9ee0b78f (createQuestion), reduced by hand, not copied
// Label: safe
// Why: a Telegram survey bot's module, split out of db.js, imports only `query` from ./pool but still calls `pool.connect()`: `pool` is undeclared, so the call throws a ReferenceError before anything is checked out; were it declared, BEGIN…COMMIT sit in the try, the catch rolls back and rethrows, the finally releases
const { query } = require("./pool");

async function createQuestion(translations, options, mediaPosition) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    const qRes = await client.query(`INSERT INTO questions (media_position) VALUES ($1) RETURNING *`, [mediaPosition || "above"]);
    const question = qRes.rows[0];

    for (const t of translations) {
      await client.query(`INSERT INTO question_translations (question_id, language, question_text) VALUES ($1, $2, $3)`, [question.id, t.language, t.question_text]);
    }

    for (const opt of options) {
      await client.query(`INSERT INTO options (question_id, option_order) VALUES ($1, $2)`, [question.id, opt.option_order]);
    }

    await client.query("COMMIT");
    return question;
  } catch (err) {
    await client.query("ROLLBACK");
    console.error("[DB] Error creating question (rolled back):", err.message);
    throw err;
  } finally {
    client.release();
  }
}

async function listQuestions() {
  return (await query("SELECT * FROM questions ORDER BY id")).rows;
}

module.exports = { createQuestion, listQuestions };
