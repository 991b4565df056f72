// Source: RahulPobari/CampusMinds — app/(api)/post+api.tsx (POST), reduced by hand, not copied
// Label: safe
// Why: `client` is a single pg Client exported by the config module, not a pool: connect() opens it and end() closes it, nothing is checked out
import { client } from "./NilePostgresConfig";

export async function POST(request: Request) {
  const { content, imageUrl, email } = await request.json();

  await client.connect();

  const result = await client.query("insert into post values (DEFAULT, $1, $2, DEFAULT, $3)", [content, imageUrl, email]);

  await client.end();

  return Response.json(result);
}
