// Source: TheProgrammingLab/University_Marketplace — services/verificationService.js at ef4cef6 (sendVerificationLink), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the reset token is generated and hashed by the project's TokenService between the checkout and the try; a throw there skips the finally's release
import pool from "../db/pg.js";
import VerificationRepository from "../repositories/verificationRepository.js";
import EmailService from "./emailService.js";
import TokenService from "./tokenService.js";

export default class verificationService {
  static async sendVerificationLink({ user, type, req = {} }) {
    const client = await pool.connect();

    const expiresAt = new Date(Date.now() + 30 * 60 * 1000);

    const token = TokenService.generateVerificationToken();
    const tokenHash = TokenService.hashToken(token);

    try {
      const url = `${req.protocol}://${req.get("host")}/api/v1/auth/reset-password/${token}`;
      await new EmailService(user).sendPasswordResetMail(url);

      await client.query("BEGIN");
      await VerificationRepository.createVerificationLink({ user_id: user.id, token_hash: tokenHash, type, expires_at: expiresAt }, client);
      await client.query("COMMIT");
    } catch (err) {
      console.log("Error verifying link: ", err);
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
