// Source: elena7130/coloringpages0520 — pages/api/sitemap.xml.ts (getGalleryImages), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool is lib/db.ts's default export; the awaited query and the mapping of its rows come before `client.release()`, with no try, so a failed query leaves the client checked out
import type { NextApiRequest, NextApiResponse } from "next";
import pool from "./db";

interface ImageData {
  id: number;
  url: string;
  created_at: string;
}

async function getGalleryImages() {
  const client = await pool.connect();
  const res = await client.query("SELECT id, url, created_at FROM images");
  const images: ImageData[] = res.rows.map((image: any) => ({
    ...image,
    created_at: new Date(image.created_at).toISOString(),
  }));
  client.release();
  return images;
}

export default async function sitemapXml(req: NextApiRequest, res: NextApiResponse) {
  const images = await getGalleryImages();
  res.setHeader("Content-Type", "text/xml");
  res.write(images.map((image) => `<url><loc>/images/${image.id}</loc></url>`).join(""));
  res.end();
}
