// Source: BaspelOp/card_opener — nextjs/src/auth.js at 00bd032 (CredentialsProvider authorize), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: Auth.js's authorize callback checks out a client, calls the `login` SQL function and reads the user, releasing only after both queries succeeded; a failing query (or credentials with no email, whose `split` throws) leaves authorize with the client checked out
import NextAuth from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import PostgresAdapter from "@auth/pg-adapter";
import pool from "@/lib/db";

export const { auth, handlers, signIn, signOut } = NextAuth({
  session: { strategy: "jwt" },
  adapter: PostgresAdapter(pool),
  providers: [
    CredentialsProvider({
      name: "Sign in",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const { email, password } = credentials;
        const client = await pool.connect();
        const emailJson = JSON.stringify({ local: email.split("@")[0], domain: email.split("@")[1] });
        const loginResult = await client.query("SELECT login($1, $2) AS result;", [emailJson, password]);
        const result = loginResult.rows[0]?.result;
        const info = await client.query("SELECT id, username FROM users WHERE email = $1;", [emailJson]);
        const infoRow = info.rows[0];
        client.release();

        if (!result || !result.success) {
          return false;
        }
        return { databaseId: infoRow.id, email, role: result.role, username: infoRow.username };
      },
    }),
  ],
  trustHost: true,
});
