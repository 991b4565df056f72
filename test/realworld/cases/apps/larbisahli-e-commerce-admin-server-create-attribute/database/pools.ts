import { Pool } from "pg";

const PRODUCTION = process.env.NODE_ENV === "production";
const host = PRODUCTION ? process.env.POSTGRES_HOST_PROD : process.env.POSTGRES_HOST_DEV;

export const ReadPool = new Pool({ host, user: process.env.POSTGRES_READ_USER });
export const CreatePool = new Pool({ host, user: process.env.POSTGRES_CREATE_USER });
export const UpdatePool = new Pool({ host, user: process.env.POSTGRES_UPDATE_USER });
export const DeletePool = new Pool({ host, user: process.env.POSTGRES_DELETE_USER });
