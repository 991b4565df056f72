import mongoose from "mongoose";

let conn: mongoose.Connection | null = null;

export const getConnection = async (): Promise<mongoose.Connection> => {
  if (conn == null) {
    conn = await mongoose.createConnection(process.env.MONGO_DB_PATH as string, { bufferCommands: false });
  }
  return conn;
};
