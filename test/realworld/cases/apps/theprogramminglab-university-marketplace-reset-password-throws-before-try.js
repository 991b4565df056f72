// Source: TheProgrammingLab/University_Marketplace — services/authService.js at ef4cef6 (AuthService.resetPassword), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is checked out first, then the token lookups and checks throw AppErrors (invalid, used, expired token, unknown user) before the try whose finally releases
import pool from "../db/pg.js";
import AuthRepository from "../repositories/authRepository.js";
import VerificationRepository from "../repositories/verificationRepository.js";
import TokenService from "./tokenService.js";
import PasswordUtil from "../utilities/password.js";
import { AppError } from "../utilities/AppError.js";

class AuthService {
  static async resetPassword({ token, password }) {
    const client = await pool.connect();
    const tokenHash = TokenService.hashToken(token);
    const verificationToken = await VerificationRepository.findTokenByHash(tokenHash);

    if (!verificationToken) {
      throw new AppError(400, "Invalid token");
    }
    if (verificationToken.used) {
      throw new AppError(400, "Verfication link used");
    }
    if (verificationToken.expires_at < Date.now()) {
      throw new AppError(400, "Verification link has expired.");
    }

    const user = await AuthRepository.findUserId(verificationToken.user_id);
    if (!user) {
      throw new AppError(404, "Cannot find user with this verification token");
    }

    const passwordHash = await PasswordUtil.hashPassword(password);
    try {
      await client.query("BEGIN");
      await AuthRepository.updateUserPassword({ user_id: user.id, password: passwordHash }, client);
      await VerificationRepository.updateUsedToken({ user_id: user.id, token_hash: verificationToken.token_hash }, client);
      await client.query("COMMIT");
    } catch (err) {
      console.log("Error reseting user password: ", err);
      await client.query("ROLLBACK");
      throw new AppError(500, "Failed to reset password. Please try again");
    } finally {
      await client.release();
    }
  }
}

export default AuthService;
