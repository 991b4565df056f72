// Source: TheProgrammingLab/University_Marketplace — services/authService.js at ef4cef6 (AuthService.login), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a student project's login checks out a client to log the token session and never releases it, on success or on any of its throws
import pool from "../db/pg.js";
import AuthRepository from "../repositories/authRepository.js";
import SessionService from "./sessionService.js";
import TokenService from "./tokenService.js";
import PasswordUtil from "../utilities/password.js";
import { AppError } from "../utilities/AppError.js";

class AuthService {
  static async login({ loginId, password, userAgent }) {
    const client = await pool.connect();
    const user = await AuthRepository.findUserByLoginId(loginId);

    if (!user) {
      throw new AppError(401, "Invalid login credentials");
    }

    const isValid = await PasswordUtil.comparePassword(password, user.password);
    if (!isValid) {
      throw new AppError(401, "Invalid login credentials");
    }

    const accessToken = TokenService.generateAccessToken({ id: user.id, role: user.role });
    const refreshToken = TokenService.generateRefreshToken();

    try {
      await SessionService.logTokenSession({ userId: user.id, refreshToken, userAgent }, client);
      console.log("Token session loggged");
    } catch (err) {
      console.log("Failed to log token session", err);
      throw new AppError(500, "Login failed. Please try again later");
    }

    return { user, accessToken, refreshToken };
  }
}

export default AuthService;
