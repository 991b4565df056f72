// Source: chadiro-id/open-music-backend — src/services/postgres/PlaylistSongsService.js (addSongToPlaylist), reduced by hand, not copied
// Label: safe
// Why: the client comes from the project's `db.getClient()` (a bare `pool.connect()`); the transaction and the cache updates after COMMIT are in the try, the catch rolls back and throws the service's error, the finally releases
const db = require("./postgres");
const { nanoid } = require("nanoid");
const InvariantError = require("./InvariantError");

class PlaylistSongsService {
  constructor(cacheService) {
    this._cacheService = cacheService;
  }

  async addSongToPlaylist(userId, { playlistId, songId }) {
    const client = await db.getClient();
    try {
      await client.query("BEGIN");
      const inserted = await client.query("INSERT INTO playlist_songs VALUES ($1, $2, $3) RETURNING id", [`ps-${nanoid(16)}`, playlistId, songId]);
      const time = new Date();
      await client.query("INSERT INTO playlist_song_activities VALUES ($1, $2, $3, $4, $5, $6)", [`psa-${nanoid(16)}`, playlistId, songId, userId, "add", time]);
      const out = await client.query("SELECT u.username, s.title FROM users u, songs s WHERE u.id = $1 AND s.id = $2", [userId, songId]);
      await client.query("COMMIT");

      const { username, title } = out.rows[0];
      await this._cacheService.addPlaylistSongs(playlistId, [{ id: songId, title }]);
      await this._cacheService.addPlaylistSongActivities(playlistId, [{ username, title, action: "add", time }]);
      return inserted.rows[0].id;
    } catch (error) {
      console.error(error);
      await client.query("ROLLBACK");
      throw new InvariantError("Lagu gagal ditambahkan ke daftar putar");
    } finally {
      client.release();
    }
  }
}

module.exports = PlaylistSongsService;
