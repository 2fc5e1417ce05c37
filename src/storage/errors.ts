/** Thrown by repositories when a record a call names does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** Thrown by repositories when a call's arguments cannot be applied (e.g. renaming a tag to an empty name). */
export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
}
