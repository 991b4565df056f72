// Source: AnhTranThe/FA.Project-Management.BE — src/controllers/project/changeHostProject.controller.js at 4317591 (changeHostProject), reduced by hand, not copied
// Label: safe
// Why: a project-host transfer on the pool named `db`: both early "not found" returns roll back and leave through the try, whose finally releases; the catch rolls back and answers 500 inside the same try
const db = require("./database.connection");
const logger = require("./loggers.config");

const changeHostProject = async (req, res, next) => {
  const client = await db.connect();

  try {
    const { project_id, new_host_user_id } = req.body;

    await client.query("BEGIN");

    // kiểm tra dự án có tồn tại không
    const duAn = await client.query("SELECT * FROM project WHERE id = $1", [project_id]);
    if (duAn.rowCount === 0) {
      await client.query("ROLLBACK");
      return res.status(400).json({ code: 400, message: "Project not found" });
    }

    // kiểm tra host mới có tồn tại không
    const hostMoi = await client.query('SELECT * FROM "user" WHERE id = $1', [new_host_user_id]);
    if (hostMoi.rowCount === 0) {
      await client.query("ROLLBACK");
      return res.status(400).json({ code: 400, message: "New host not found" });
    }

    await client.query("UPDATE map_project_user SET is_host = false WHERE project_id = $1", [project_id]);
    await client.query("UPDATE map_project_user SET is_host = true WHERE project_id = $1 AND user_id = $2", [
      project_id,
      new_host_user_id,
    ]);

    await client.query("COMMIT");
    res.status(200).json({ code: 200, message: "Change host success" });
  } catch (err) {
    await client.query("ROLLBACK");
    logger.error(err);
    res.status(500).json({ code: 500, message: "Internal Server Error" });
  } finally {
    client.release(); // trả client về pool
  }
};

module.exports = changeHostProject;
