// Source: jesuisstan/matcha-find-your-date — src/app/api/interactions/like/route.ts at 240bd08 (POST), reduced by hand, not copied
// Label: safe
// Why: a like raises both users' ratings, notifies, and turns a mutual like into a match with two notifications, all on one checkout; the early answers (bad input, liking oneself) return inside the try and the finally releases
import { NextResponse } from "next/server";
import { db } from "@vercel/postgres";

export async function POST(req: Request) {
  const client = await db.connect();

  try {
    const { likerId, likedUserId, likeAction } = await req.json();
    if (!likerId || !likedUserId || !likeAction) {
      return NextResponse.json({ error: "invalid-input" }, { status: 400 });
    }
    if (likerId === likedUserId) {
      return NextResponse.json({ message: "cannot-like-own-profile" });
    }

    if (likeAction === "like") {
      await client.query(
        "INSERT INTO likes (liker_id, liked_user_id, created_at) VALUES ($1, $2, NOW()) ON CONFLICT DO NOTHING",
        [likerId, likedUserId],
      );
      await client.query("UPDATE users SET rating = LEAST(rating + 1, 100) WHERE id = $1 OR id = $2", [likerId, likedUserId]);
      await client.query("INSERT INTO notifications (user_id, type, from_user_id) VALUES ($1, 'like', $2)", [likedUserId, likerId]);
      const mutual = await client.query("SELECT 1 FROM likes WHERE liker_id = $1 AND liked_user_id = $2", [likedUserId, likerId]);
      if (mutual?.rowCount && mutual.rowCount > 0) {
        await client.query(
          "INSERT INTO matches (user_one_id, user_two_id, created_at) VALUES ($1, $2, NOW()) ON CONFLICT DO NOTHING",
          [likerId, likedUserId],
        );
        await client.query(
          "INSERT INTO notifications (user_id, type, from_user_id) VALUES ($1, 'match', $2), ($2, 'match', $1)",
          [likerId, likedUserId],
        );
      }
    } else if (likeAction === "unlike") {
      await client.query("DELETE FROM likes WHERE liker_id = $1 AND liked_user_id = $2", [likerId, likedUserId]);
      await client.query("UPDATE users SET rating = GREATEST(rating - 1, 0) WHERE id = $1 OR id = $2", [likerId, likedUserId]);
      await client.query("DELETE FROM matches WHERE (user_one_id = $1 AND user_two_id = $2) OR (user_one_id = $2 AND user_two_id = $1)", [likerId, likedUserId]);
    }

    return NextResponse.json({ message: "like-updated" });
  } catch (error) {
    console.error("Error updating like:", error);
    return NextResponse.json({ error: "failed-to-update-like" }, { status: 500 });
  } finally {
    client.release();
  }
}
