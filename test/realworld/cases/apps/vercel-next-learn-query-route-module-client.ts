// Source: vercel/next-learn — dashboard/starter-example/app/query/route.ts at 6f06a7f (module body, listInvoices and GET, as students uncomment them), reduced by hand, not copied
// Label: hand-over
// Why: like the course's seed route, the example-query route checks one client out of @vercel/postgres's `db` pool when the module loads and keeps it for the module's life; listInvoices only queries through it
import { db } from "@vercel/postgres";

const client = await db.connect();

async function listInvoices() {
  const data = await client.sql`
    SELECT invoices.amount, customers.name
    FROM invoices
    JOIN customers ON invoices.customer_id = customers.id
    WHERE invoices.amount = 666;
  `;
  return data.rows;
}

export async function GET() {
  try {
    return Response.json(await listInvoices());
  } catch (error) {
    return Response.json({ error }, { status: 500 });
  }
}
