// Source: ngarciafle/Closset — app/actions/signUp.ts at cd8c1d0 (signUp), reduced by hand, not copied
// Label: safe
// Why: the sign-up action holds its client while createSession checks out a second one (two clients per sign-up, not a leak); the catch returns the form state and the finally releases on every path before the redirect after the try
"use server";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { pool } from "@/app/lib/auth";
import { signUpSchema } from "@/app/lib/zod";
import { createSession } from "./createSession";

export async function signUp(prevState: any, formData: FormData) {
  const data = {
    name: formData.get("name")?.toString() || "",
    username: formData.get("username")?.toString() || "",
    password: formData.get("password")?.toString() || "",
    email: formData.get("email")?.toString() || "",
  };
  const parsed = signUpSchema.safeParse(data);
  if (!parsed.success) {
    return { success: false, errors: parsed.error.flatten().fieldErrors, message: "Fill your data correctly" };
  }
  const { name, username, email, password } = parsed.data;
  const hashedPassword = await bcrypt.hash(password, 10);

  const client = await pool.connect();
  try {
    const response = await client.query(
      `INSERT INTO users (name, "username", email, password, "created_at") VALUES ($1, $2, $3, $4, NOW()) RETURNING "id"`,
      [name, username, email, hashedPassword]
    );
    const userId = await response.rows[0].id;
    await createSession(userId);
  } catch (error) {
    const dbError = error as { code?: string; detail?: string };
    const message = dbError.code === "23505" ? "An account with this email already exists." : "An error occurred during sign up.";
    return { success: false, message, inputs: { name, username, email } };
  } finally {
    client.release();
  }
  redirect("/");
}
