// Source: SpatioCore/STAC-Atlas — crawler/utils/db.js at 32d80e2 (_insertOrUpdateCollectionInternal, retried on deadlock by insertOrUpdateCollection), reduced by hand, not copied
// Label: safe
// Why: the crawler writes each STAC collection and its keywords, providers and assets in one transaction and dequeues its crawl-log row; the catch rolls back and rethrows to the deadlock-retry loop, and the finally releases before each retry
import pkg from "pg";

const { Pool } = pkg;

const pool = new Pool({ host: process.env.PGHOST, database: process.env.PGDATABASE, max: 10 });

function isDeadlockError(error) {
  return error && error.code === "40P01";
}

async function insertKeywords(client, collectionId, keywords) {
  for (const keyword of keywords) {
    await client.query("INSERT INTO collection_keywords (collection_id, keyword) VALUES ($1, $2) ON CONFLICT DO NOTHING", [collectionId, keyword]);
  }
}

async function _insertOrUpdateCollectionInternal(collection) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    let bbox = null;
    if (collection.bbox && Array.isArray(collection.bbox)) {
      bbox = collection.bbox;
    } else if (collection.extent?.spatial?.bbox && collection.extent.spatial.bbox[0]) {
      bbox = collection.extent.spatial.bbox[0];
    }
    const spatialExtent =
      bbox && bbox.length === 4
        ? `SRID=4326;POLYGON((${bbox[0]} ${bbox[1]}, ${bbox[2]} ${bbox[1]}, ${bbox[2]} ${bbox[3]}, ${bbox[0]} ${bbox[3]}, ${bbox[0]} ${bbox[1]}))`
        : null;
    const stacId = collection.sourceSlug && collection.id ? `${collection.sourceSlug}_${collection.id}` : collection.id || null;
    const sourceUrl = collection.crawledUrl || null;

    const upsert = await client.query(
      `INSERT INTO collection (stac_id, title, spatial_extent, source_url, full_json)
       VALUES ($1, $2, ST_GeomFromEWKT($3), $4, $5)
       ON CONFLICT (stac_id) DO UPDATE SET title = EXCLUDED.title, full_json = EXCLUDED.full_json
       RETURNING id`,
      [stacId, collection.title || collection.id || "Unnamed Collection", spatialExtent, sourceUrl, collection.originalJson || collection]
    );
    const collectionId = upsert.rows[0].id;

    if (collection.keywords && Array.isArray(collection.keywords)) {
      await insertKeywords(client, collectionId, collection.keywords);
    }
    if (sourceUrl) {
      await client.query("DELETE FROM crawllog_collection WHERE source_url = $1", [sourceUrl]);
    }

    await client.query("COMMIT");
    return collectionId;
  } catch (error) {
    await client.query("ROLLBACK");
    if (!isDeadlockError(error)) {
      console.error("Error inserting collection:", error.message);
    }
    throw error;
  } finally {
    client.release();
  }
}

async function insertOrUpdateCollection(collection, maxRetries = 3) {
  let lastError;
  for (let attempt = 1; attempt <= maxRetries; attempt++) {
    try {
      return await _insertOrUpdateCollectionInternal(collection);
    } catch (error) {
      lastError = error;
      if (isDeadlockError(error) && attempt < maxRetries) {
        await new Promise((resolve) => setTimeout(resolve, 100 * Math.pow(2, attempt - 1)));
        continue;
      }
      throw error;
    }
  }
  throw lastError;
}

export { insertOrUpdateCollection };
