export const logger = {
  error: (obj: unknown, msg: string) => console.error(msg, obj),
};
