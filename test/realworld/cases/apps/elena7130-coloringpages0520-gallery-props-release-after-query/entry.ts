// Source: elena7130/coloringpages0520 — pages/gallery.tsx (getServerSideProps), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool is lib/db.ts's default export; the awaited query runs inside a try whose catch only logs and returns empty props, and the release comes after it in the try, so a failed query never releases the client
import type { GetServerSideProps } from "next";
import pool from "./db";

export const getServerSideProps: GetServerSideProps = async () => {
  try {
    const client = await pool.connect();
    const res = await client.query("SELECT id, url, description, created_at FROM images");
    const images = res.rows.map((image: any) => ({
      ...image,
      created_at: new Date(image.created_at).toISOString(),
    }));
    client.release();

    return {
      props: { images },
    };
  } catch (error) {
    console.error("Failed to load images:", error);
    return {
      props: { images: [] },
    };
  }
};
