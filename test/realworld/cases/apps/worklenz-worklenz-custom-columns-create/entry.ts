// Source: Worklenz/worklenz — worklenz-backend/src/controllers/custom-columns-controller.ts (CustomColumnsController.create), reduced by hand, not copied
// Label: safe
// Why: the column, its configuration, selections and labels are inserted in one transaction inside the try; ROLLBACK in the catch, release in the finally, the response sent from inside the try
import db from "./db";

interface Req {
  body: { project_id: string; name: string; key: string; field_type: string; configuration: { selections_list?: Array<{ id: string; name: string }>; labels_list?: Array<{ id: string; name: string }> } };
}
interface Res {
  status(code: number): { send(body: unknown): Res };
}

export async function create(req: Req, res: Res): Promise<Res> {
  const { project_id, name, key, field_type, configuration } = req.body;
  const client = await db.pool.connect();

  try {
    await client.query("BEGIN");

    const columnResult = await client.query(
      "INSERT INTO cc_custom_columns (project_id, name, key, field_type) VALUES ($1, $2, $3, $4) RETURNING id",
      [project_id, name, key, field_type],
    );
    const columnId = columnResult.rows[0].id;

    await client.query("INSERT INTO cc_column_configurations (column_id) VALUES ($1)", [columnId]);

    if (configuration.selections_list && configuration.selections_list.length > 0) {
      for (const [index, selection] of configuration.selections_list.entries()) {
        await client.query("INSERT INTO cc_selection_options (column_id, selection_id, name, index) VALUES ($1, $2, $3, $4)", [
          columnId,
          selection.id,
          selection.name,
          index,
        ]);
      }
    }

    if (configuration.labels_list && configuration.labels_list.length > 0) {
      for (const [index, label] of configuration.labels_list.entries()) {
        await client.query("INSERT INTO cc_label_options (column_id, label_id, name, index) VALUES ($1, $2, $3, $4)", [
          columnId,
          label.id,
          label.name,
          index,
        ]);
      }
    }

    await client.query("COMMIT");

    const result = await client.query("SELECT * FROM cc_custom_columns WHERE id = $1", [columnId]);
    return res.status(200).send({ done: true, body: result.rows[0] });
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
