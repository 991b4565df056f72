// Source: ahmetdzdrr/form-builder-nextjs-postgresql — app/api/delete-form/route.js (DELETE), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the releases sit on the straight paths; a failed query or `JSON.parse` of the stored form jumps to the catch, which answers 500 without releasing
import { NextResponse } from "next/server";
import { pool } from "../connect-db/route";

export async function DELETE(request) {
  const { id } = await request.json();
  if (!id) {
    return NextResponse.json({ message: "Id eksik." }, { status: 400 });
  }

  try {
    const client = await pool.connect();

    const formResult = await client.query("SELECT jsonform FROM Forms WHERE id = $1", [id]);
    if (formResult.rowCount === 0) {
      client.release();
      return NextResponse.json({ message: "Form bulunamadı." }, { status: 404 });
    }

    const formTitle = JSON.parse(formResult.rows[0].jsonform).title;
    await client.query("DELETE FROM Responses WHERE title = $1", [formTitle]);
    await client.query("DELETE FROM Forms WHERE id = $1", [id]);

    client.release();
    return NextResponse.json({ message: "Silindi." }, { status: 200 });
  } catch (error) {
    console.error("Silme Hatası:", error);
    return NextResponse.json({ message: "Silme işlemi sırasında bir hata oluştu: " + error.message }, { status: 500 });
  }
}
