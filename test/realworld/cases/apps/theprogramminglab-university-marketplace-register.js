// Source: TheProgrammingLab/University_Marketplace — services/authService.js at ef4cef6 (AuthService.register), reduced by hand, not copied
// Label: safe
// Why: only a `let` declaration sits between the checkout and the try; the sign-up transaction hands the client to repository and service helpers, rolls back and rethrows in the catch, and releases in the finally
import pool from "../db/pg.js";
import AuthRepository from "../repositories/authRepository.js";
import SessionService from "./sessionService.js";
import TokenService from "./tokenService.js";
import OtpService from "./otpService.js";
import UserService from "./userService.js";
import PasswordUtil from "../utilities/password.js";

class AuthService {
  static async register(data) {
    const client = await pool.connect();
    let user, accessToken, refreshToken;

    try {
      await client.query("BEGIN");

      const passwordHash = await PasswordUtil.hashPassword(data.password);
      user = await AuthRepository.createUser({ ...data, password: passwordHash }, client);

      accessToken = TokenService.generateAccessToken({ id: user.id, role: user.role });
      refreshToken = TokenService.generateRefreshToken();

      await SessionService.logTokenSession({ userId: user.id, refreshToken, userAgent: data.userAgent }, client);
      await UserService.createUserProfile(user.id, client);
      await OtpService.sendOtp(user, client);

      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      console.log("Error registering user: ", err);
      throw err;
    } finally {
      client.release();
    }

    return { user, accessToken, refreshToken };
  }
}

export default AuthService;
