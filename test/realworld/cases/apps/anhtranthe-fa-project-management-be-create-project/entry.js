// Source: AnhTranThe/FA.Project-Management.BE — src/controllers/project/createProject.controller.js at 4317591 (CreateProject), reduced by hand, not copied
// Label: safe
// Why: the duplicate-name check runs through the module's own query helper after the checkout but inside the try, and its early 400 return leaves through the finally that releases; the transaction inserts the project and its members in a loop
const db = require("./database.connection");
const QueryDatabase = require("./queryDatabase");
const logger = require("./loggers.config");

const CreateProject = async (req, res, next) => {
  const client = await db.connect();
  try {
    // tên project mới không được trùng với project đã có
    const checkName = await QueryDatabase(`SELECT * FROM project WHERE name='${req.body.name}'`);
    if (checkName.rowCount > 0) {
      return res.status(400).json({ code: 400, message: "Project name already exists" });
    }
    await client.query("BEGIN");

    const createdProject = await client.query(
      "INSERT INTO project (name, payment, time_start, time_end) VALUES ($1, $2, $3, $4) RETURNING id",
      [req.body.name, req.body.payment, req.body.time_start, req.body.time_end],
    );
    const project_id = createdProject.rows[0].id;

    if (req.body.arrSelectedUser && req.body.arrSelectedUser.length > 0) {
      // arrSelectedUser: danh sách user trừ user đăng nhập và admin
      for (const user of req.body.arrSelectedUser) {
        await client.query("INSERT INTO map_project_user (project_id, user_id, is_host) VALUES ($1, $2, $3)", [
          project_id,
          user.user_id,
          user.is_host,
        ]);
      }
    }
    await client.query("COMMIT");
    res.status(200).json({ code: 200, message: "Create project success" });
  } catch (err) {
    await client.query("ROLLBACK");
    logger.error(err);
    res.status(500).json({ code: 500, message: "Internal Server Error" });
  } finally {
    client.release();
  }
};

module.exports = CreateProject;
